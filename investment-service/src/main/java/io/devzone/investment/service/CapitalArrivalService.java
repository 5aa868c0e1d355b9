package io.devzone.investment.service;

import jakarta.inject.Singleton;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.CapitalArrival;
import io.devzone.investment.domain.CapitalArrivalRepository;
import io.devzone.investment.domain.CapitalOrigin;
import io.devzone.investment.domain.InvestmentProject;
import io.devzone.investment.mapping.CapitalArrivalInput;
import io.devzone.investment.mapping.CapitalArrivalView;

/** 到位资金: dated arrivals of capital per investment project. */
@Singleton
public class CapitalArrivalService
        extends RecordService<CapitalArrival, CapitalArrivalView, CapitalArrivalInput, CapitalArrivalFilter> {

    CapitalArrivalService(CapitalArrivalRepository arrivals) {
        // a project's arrivals are listed oldest first
        super(Records.withHistory(arrivals, CapitalArrivalView::of)
                .sortable("arrivedOn", "origin", "amountCny", "amountUsd")
                .childOf("investmentProjectId", a -> a.investmentProjectId, "arrivedOn, id")
                .tracking("amountCny", a -> a.amountCny)
                .tracking("amountUsd", a -> a.amountUsd));
    }

    @Override
    protected void checkRules(CapitalArrivalInput input) {
        if (input.origin() == CapitalOrigin.DOMESTIC && (input.amountCny() == null || input.amountUsd() != null)) {
            throw new InvalidInputException("amountCny", "is required for DOMESTIC capital, and amountUsd must be left out");
        }
        if (input.origin() == CapitalOrigin.FOREIGN && (input.amountUsd() == null || input.amountCny() != null)) {
            throw new InvalidInputException("amountUsd", "is required for FOREIGN capital, and amountCny must be left out");
        }
        referenced(InvestmentProject.class, "investmentProjectId", input.investmentProjectId(),
                "names no investment project: " + input.investmentProjectId());
    }
}
