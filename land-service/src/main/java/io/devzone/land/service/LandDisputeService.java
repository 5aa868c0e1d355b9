package io.devzone.land.service;

import jakarta.inject.Singleton;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.land.domain.Acquisition;
import io.devzone.land.domain.DisputeStatus;
import io.devzone.land.domain.LandDispute;
import io.devzone.land.domain.LandDisputeRepository;
import io.devzone.land.domain.LandParcel;
import io.devzone.land.mapping.LandDisputeInput;
import io.devzone.land.mapping.LandDisputeView;

/** 纠纷: disputes over land being acquired, with their handling; a resolved dispute stays resolved. */
@Singleton
public class LandDisputeService extends RecordService<LandDispute, LandDisputeView, LandDisputeInput, LandDisputeFilter> {

    LandDisputeService(LandDisputeRepository disputes) {
        super(Records.withHistory(disputes, LandDisputeView::of)
                .sortable("raisedOn", "status", "resolvedOn")
                .tracking("status", d -> d.status));
    }

    @Override
    protected void apply(LandDisputeInput input, LandDispute dispute) {
        DisputeStatus status = input.status() == null ? (dispute.status == null ? DisputeStatus.OPEN : dispute.status)
                : input.status();
        if (dispute.status == DisputeStatus.RESOLVED && status != DisputeStatus.RESOLVED) {
            throw new ConflictException("A resolved dispute cannot be reopened; record a new dispute instead.");
        }
        if ((status == DisputeStatus.RESOLVED) != (input.resolvedOn() != null)) {
            throw new InvalidInputException("resolvedOn", "is required exactly when the status is RESOLVED");
        }
        if (input.resolvedOn() != null && input.resolvedOn().isBefore(input.raisedOn())) {
            throw new InvalidInputException("resolvedOn", "must not be before raisedOn");
        }
        if (input.dueOn() != null && input.dueOn().isBefore(input.raisedOn())) {
            throw new InvalidInputException("dueOn", "must not be before raisedOn");
        }
        referenced(LandParcel.class, "parcelId", input.parcelId(), "names no land parcel");
        if (input.acquisitionId() != null) {
            Acquisition acquisition = referenced(Acquisition.class, "acquisitionId", input.acquisitionId(),
                    "names no acquisition");
            if (!acquisition.parcelId.equals(input.parcelId())) {
                throw new InvalidInputException("acquisitionId", "is an acquisition of another parcel");
            }
        }
        super.apply(input, dispute);
        dispute.status = status;
    }
}
