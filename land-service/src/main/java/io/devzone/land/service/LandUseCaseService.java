package io.devzone.land.service;

import static io.devzone.commons.service.Records.NameMatching.EXACTLY;

import java.util.Locale;

import jakarta.inject.Singleton;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.land.domain.LandParcel;
import io.devzone.land.domain.LandUseCase;
import io.devzone.land.domain.LandUseCaseRepository;
import io.devzone.land.mapping.LandUseCaseInput;
import io.devzone.land.mapping.LandUseCaseView;

/** 用地报批: land-use cases; a case is handled once approved. */
@Singleton
public class LandUseCaseService extends RecordService<LandUseCase, LandUseCaseView, LandUseCaseInput, LandUseCaseFilter> {

    LandUseCaseService(LandUseCaseRepository cases) {
        super(Records.withHistory(cases, LandUseCaseView::of)
                .namedUniquely("a land-use case", "caseNumber", c -> c.caseNumber, EXACTLY)
                .sortable("caseNumber", "type", "submittedOn", "approvedOn", "areaMu")
                .tracking("approvedOn", c -> c.approvedOn));
    }

    @Override
    protected void apply(LandUseCaseInput input, LandUseCase c) {
        if (input.approvedOn() != null && input.approvedOn().isBefore(input.submittedOn())) {
            throw new InvalidInputException("approvedOn", "must not be before submittedOn");
        }
        if (input.parcelId() != null) {
            referenced(LandParcel.class, "parcelId", input.parcelId(), "names no land parcel");
        }
        super.apply(input, c);
        c.caseNumber = input.caseNumber().strip().toUpperCase(Locale.ROOT);
    }
}
