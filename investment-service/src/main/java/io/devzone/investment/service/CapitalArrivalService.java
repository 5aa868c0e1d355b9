package io.devzone.investment.service;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.input.Texts;
import io.devzone.commons.money.Money;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.CapitalArrival;
import io.devzone.investment.domain.CapitalArrivalRepository;
import io.devzone.investment.domain.CapitalOrigin;
import io.devzone.investment.domain.InvestmentProjectRepository;
import io.devzone.investment.mapping.CapitalArrivalInput;
import io.devzone.investment.mapping.CapitalArrivalView;

/** 到位资金: dated arrivals of capital per investment project. */
@Singleton
public class CapitalArrivalService
        extends RecordService<CapitalArrival, CapitalArrivalView, CapitalArrivalInput, CapitalArrivalFilter> {

    private final InvestmentProjectRepository projects;

    CapitalArrivalService(CapitalArrivalRepository arrivals, InvestmentProjectRepository projects,
            ChangeHistory history, AccessGuard guard) {
        super(Records.of(arrivals, "CapitalArrival", CapitalArrivalView::of, guard, history)
                .sortable("arrivedOn", "arrivedOn", "origin", "amountCny", "amountUsd", "createdAt")
                .tracking("amountCny", a -> a.amountCny)
                .tracking("amountUsd", a -> a.amountUsd), CapitalArrival::new);
        this.projects = projects;
    }

    /** Each project's arrivals, oldest first, for resolving {@code InvestmentProject.capitalArrivals} in one query. */
    @ReadAccess
    public List<List<CapitalArrivalView>> ofProjects(List<UUID> projectIds) {
        return records.viewsOfEach("investmentProjectId", a -> a.investmentProjectId, projectIds, "arrivedOn, id");
    }

    @Override
    protected void check(CapitalArrivalInput input) {
        super.check(input);
        if (input.origin() == CapitalOrigin.DOMESTIC && (input.amountCny() == null || input.amountUsd() != null)) {
            throw new InvalidInputException("amountCny", "is required for DOMESTIC capital, and amountUsd must be left out");
        }
        if (input.origin() == CapitalOrigin.FOREIGN && (input.amountUsd() == null || input.amountCny() != null)) {
            throw new InvalidInputException("amountUsd", "is required for FOREIGN capital, and amountCny must be left out");
        }
        if (projects.findByIdOptional(input.investmentProjectId()).isEmpty()) {
            throw new InvalidInputException("investmentProjectId", "names no investment project: "
                    + input.investmentProjectId());
        }
    }

    @Override
    protected void apply(CapitalArrivalInput input, CapitalArrival arrival) {
        arrival.investmentProjectId = input.investmentProjectId();
        arrival.origin = input.origin();
        arrival.arrivedOn = input.arrivedOn();
        arrival.amountCny = Money.of(input.amountCny());
        arrival.amountUsd = Money.of(input.amountUsd());
        arrival.note = Texts.orNull(input.note());
    }
}
