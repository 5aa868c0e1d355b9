package io.devzone.land.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

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
import io.devzone.land.domain.LandParcel;
import io.devzone.land.domain.LandParcelRepository;
import io.devzone.land.mapping.AcquisitionInput;
import io.devzone.land.mapping.AcquisitionView;

/** 征地: acquisitions of land parcels; a parcel's acquired total never exceeds its area. */
@ApplicationScoped
public class AcquisitionService {

    static final String TYPE = "Acquisition";
    private static final Map<String, String> SORTABLE = Map.of("acquiredOn", "acquiredOn", "areaMu", "areaMu",
            "compensationCny", "compensationCny", "createdAt", "createdAt");

    private final AcquisitionRepository acquisitions;
    private final Records<Acquisition, AcquisitionView> records;
    private final LandParcelRepository parcels;
    private final InputValidator validator;

    AcquisitionService(AcquisitionRepository acquisitions, LandParcelRepository parcels, InputValidator validator,
            ChangeHistory history, AccessGuard guard) {
        this.acquisitions = acquisitions;
        this.parcels = parcels;
        this.validator = validator;
        this.records = Records.of(acquisitions, TYPE, AcquisitionView::of, guard, history)
                .tracking("compensationCny", a -> a.compensationCny)
                .tracking("areaMu", a -> a.areaMu);
    }

    @ReadAccess
    public Page<AcquisitionView> list(AcquisitionFilter filter, PageRequest page) {
        var criteria = (filter == null ? new AcquisitionFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "acquiredOn");
    }

    @ReadAccess
    public AcquisitionView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<AcquisitionView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    @WriteAccess
    @Transactional
    public AcquisitionView create(AcquisitionInput input) {
        validator.check(input, "acquisition");
        Acquisition acquisition = new Acquisition();
        apply(input, acquisition);
        return AcquisitionView.of(records.create(acquisition));
    }

    @WriteAccess
    @Transactional
    public AcquisitionView update(UUID id, AcquisitionInput input) {
        validator.check(input, "acquisition");
        return AcquisitionView.of(records.update(id, input.version(), acquisition -> apply(input, acquisition)));
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    private void apply(AcquisitionInput input, Acquisition acquisition) {
        // the parcel row is locked, so two acquisitions of one parcel cannot both pass the area check
        LandParcel parcel = parcels.findByIdOptional(input.parcelId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new InvalidInputException("parcelId", "names no land parcel"));
        BigDecimal others = acquisitions.getEntityManager().createQuery(
                "select coalesce(sum(a.areaMu), 0) from Acquisition a where a.parcelId = :parcel and a.id <> :self",
                BigDecimal.class)
                .setParameter("parcel", parcel.id)
                .setParameter("self", acquisition.id == null ? new UUID(0, 0) : acquisition.id)
                .getSingleResult();
        if (others.add(input.areaMu()).compareTo(parcel.areaMu) > 0) {
            throw new InvalidInputException("areaMu", "would bring the acquired total of parcel " + parcel.code + " to "
                    + others.add(input.areaMu()).toPlainString() + " mu, above its area of "
                    + parcel.areaMu.toPlainString() + " mu (" + others.toPlainString() + " mu already acquired)");
        }
        acquisition.parcelId = parcel.id;
        acquisition.areaMu = Amounts.exact(input.areaMu());
        acquisition.acquiredOn = input.acquiredOn();
        acquisition.compensationCny = Amounts.exact(input.compensationCny());
        acquisition.forestQuotaMu = Amounts.exact(input.forestQuotaMu() == null ? BigDecimal.ZERO : input.forestQuotaMu());
        acquisition.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
    }
}
