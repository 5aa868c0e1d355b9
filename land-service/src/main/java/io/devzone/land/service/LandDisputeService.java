package io.devzone.land.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.land.domain.Acquisition;
import io.devzone.land.domain.AcquisitionRepository;
import io.devzone.land.domain.DisputeStatus;
import io.devzone.land.domain.LandDispute;
import io.devzone.land.domain.LandDisputeRepository;
import io.devzone.land.domain.LandParcelRepository;
import io.devzone.land.mapping.LandDisputeInput;
import io.devzone.land.mapping.LandDisputeView;

/** 纠纷: disputes over land being acquired, with their handling; a resolved dispute stays resolved. */
@ApplicationScoped
public class LandDisputeService {

    static final String TYPE = "LandDispute";
    private static final Map<String, String> SORTABLE = Map.of("raisedOn", "raisedOn", "status", "status",
            "resolvedOn", "resolvedOn", "createdAt", "createdAt");

    private final LandDisputeRepository disputes;
    private final Records<LandDispute, LandDisputeView> records;
    private final LandParcelRepository parcels;
    private final AcquisitionRepository acquisitions;
    private final InputValidator validator;

    LandDisputeService(LandDisputeRepository disputes, LandParcelRepository parcels, AcquisitionRepository acquisitions,
            InputValidator validator, ChangeHistory history, AccessGuard guard) {
        this.disputes = disputes;
        this.parcels = parcels;
        this.acquisitions = acquisitions;
        this.validator = validator;
        this.records = Records.of(disputes, TYPE, LandDisputeView::of, guard, history)
                .tracking("status", d -> d.status);
    }

    @ReadAccess
    public Page<LandDisputeView> list(LandDisputeFilter filter, PageRequest page) {
        var criteria = (filter == null ? new LandDisputeFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "raisedOn");
    }

    @ReadAccess
    public LandDisputeView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<LandDisputeView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    @WriteAccess
    @Transactional
    public LandDisputeView create(LandDisputeInput input) {
        validator.check(input, "landDispute");
        LandDispute dispute = new LandDispute();
        apply(input, dispute);
        return LandDisputeView.of(records.create(dispute));
    }

    @WriteAccess
    @Transactional
    public LandDisputeView update(UUID id, LandDisputeInput input) {
        validator.check(input, "landDispute");
        return LandDisputeView.of(records.update(id, input.version(), dispute -> apply(input, dispute)));
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    private void apply(LandDisputeInput input, LandDispute dispute) {
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
        if (parcels.findByIdOptional(input.parcelId()).isEmpty()) {
            throw new InvalidInputException("parcelId", "names no land parcel");
        }
        if (input.acquisitionId() != null) {
            Acquisition acquisition = acquisitions.findByIdOptional(input.acquisitionId())
                    .orElseThrow(() -> new InvalidInputException("acquisitionId", "names no acquisition"));
            if (!acquisition.parcelId.equals(input.parcelId())) {
                throw new InvalidInputException("acquisitionId", "is an acquisition of another parcel");
            }
        }
        dispute.parcelId = input.parcelId();
        dispute.acquisitionId = input.acquisitionId();
        dispute.subject = input.subject().strip();
        dispute.raisedOn = input.raisedOn();
        dispute.handling = input.handling() == null || input.handling().isBlank() ? null : input.handling().strip();
        dispute.status = status;
        dispute.resolvedOn = input.resolvedOn();
    }
}
