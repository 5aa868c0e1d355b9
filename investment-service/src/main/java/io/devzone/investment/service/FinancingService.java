package io.devzone.investment.service;

import jakarta.inject.Singleton;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.Enterprise;
import io.devzone.investment.domain.Financing;
import io.devzone.investment.domain.FinancingBeneficiary;
import io.devzone.investment.domain.FinancingRepository;
import io.devzone.investment.mapping.FinancingInput;
import io.devzone.investment.mapping.FinancingView;

/** 融资: loans and subsidies arranged for enterprises or the zone's infrastructure, and what has been received. */
@Singleton
public class FinancingService extends RecordService<Financing, FinancingView, FinancingInput, FinancingFilter> {

    FinancingService(FinancingRepository financing) {
        super(Records.withHistory(financing, FinancingView::of)
                .sortable("arrangedOn", "arrangedCny", "receivedCny", "kind", "beneficiary", "source")
                .tracking("arrangedCny", f -> f.arrangedCny)
                .tracking("receivedCny", f -> f.receivedCny));
    }

    @Override
    protected void checkRules(FinancingInput input) {
        if (input.receivedCny().compareTo(input.arrangedCny()) > 0) {
            throw new InvalidInputException("receivedCny", "must not be above arrangedCny ("
                    + input.arrangedCny().toPlainString() + ")");
        }
        if (input.beneficiary() == FinancingBeneficiary.ENTERPRISE) {
            if (input.enterpriseId() == null) {
                throw new InvalidInputException("enterpriseId", "is required when the beneficiary is ENTERPRISE");
            }
            referenced(Enterprise.class, "enterpriseId", input.enterpriseId(),
                    "names no enterprise: " + input.enterpriseId());
        } else if (input.enterpriseId() != null) {
            throw new InvalidInputException("enterpriseId", "must be left out for ZONE_INFRASTRUCTURE financing");
        }
    }
}
