package io.devzone.land.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.Flush;
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
import io.devzone.land.domain.LandParcelRepository;
import io.devzone.land.domain.LandUseCase;
import io.devzone.land.domain.LandUseCaseRepository;
import io.devzone.land.mapping.LandUseCaseInput;
import io.devzone.land.mapping.LandUseCaseView;

/** 用地报批: land-use cases; a case is handled once approved. */
@ApplicationScoped
public class LandUseCaseService {

    static final String TYPE = "LandUseCase";
    private static final Map<String, String> SORTABLE = Map.of("caseNumber", "caseNumber", "type", "type",
            "submittedOn", "submittedOn", "approvedOn", "approvedOn", "areaMu", "areaMu", "createdAt", "createdAt");

    private final LandUseCaseRepository cases;
    private final Records<LandUseCase, LandUseCaseView> records;
    private final LandParcelRepository parcels;
    private final InputValidator validator;

    LandUseCaseService(LandUseCaseRepository cases, LandParcelRepository parcels, InputValidator validator,
            ChangeHistory history, AccessGuard guard) {
        this.cases = cases;
        this.parcels = parcels;
        this.validator = validator;
        this.records = Records.of(cases, TYPE, LandUseCaseView::of, guard, history)
                .tracking("approvedOn", c -> c.approvedOn);
    }

    @ReadAccess
    public Page<LandUseCaseView> list(LandUseCaseFilter filter, PageRequest page) {
        LandUseCaseFilter f = filter == null ? new LandUseCaseFilter() : filter;
        var criteria = f.criteria();
        String query = criteria.query() + (f.approvedCondition() == null ? "" : " and " + f.approvedCondition());
        return records.page(query, criteria.parameters(), page, SORTABLE, "caseNumber");
    }

    @ReadAccess
    public LandUseCaseView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<LandUseCaseView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    @WriteAccess
    @Transactional
    public LandUseCaseView create(LandUseCaseInput input) {
        validator.check(input, "landUseCase");
        LandUseCase c = new LandUseCase();
        apply(input, c);
        records.create(c, TYPE + " '" + c.caseNumber + "'");
        return LandUseCaseView.of(c);
    }

    @WriteAccess
    @Transactional
    public LandUseCaseView update(UUID id, LandUseCaseInput input) {
        validator.check(input, "landUseCase");
        return LandUseCaseView.of(records.update(id, input.version(), c -> apply(input, c)));
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    private void apply(LandUseCaseInput input, LandUseCase c) {
        if (input.approvedOn() != null && input.approvedOn().isBefore(input.submittedOn())) {
            throw new InvalidInputException("approvedOn", "must not be before submittedOn");
        }
        if (input.parcelId() != null && parcels.findByIdOptional(input.parcelId()).isEmpty()) {
            throw new InvalidInputException("parcelId", "names no land parcel");
        }
        String number = input.caseNumber().strip().toUpperCase(Locale.ROOT);
        if (cases.count("caseNumber = ?1 and id <> ?2", number, c.id == null ? new UUID(0, 0) : c.id) > 0) {
            throw new ConflictException("A land-use case with number '" + number + "' already exists.");
        }
        c.caseNumber = number;
        c.parcelId = input.parcelId();
        c.type = input.type();
        c.subject = input.subject().strip();
        c.areaMu = input.areaMu() == null ? null : Amounts.exact(input.areaMu());
        c.submittedOn = input.submittedOn();
        c.approvedOn = input.approvedOn();
    }
}
