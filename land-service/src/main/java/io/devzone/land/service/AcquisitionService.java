package io.devzone.land.service;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.money.Money;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.land.domain.Acquisition;
import io.devzone.land.domain.AcquisitionRepository;
import io.devzone.land.domain.LandParcel;
import io.devzone.land.domain.LandParcelRepository;
import io.devzone.land.mapping.AcquisitionInput;
import io.devzone.land.mapping.AcquisitionView;

/** 征地: acquisitions of land parcels; a parcel's acquired total never exceeds its area. */
@Singleton
public class AcquisitionService extends RecordService<Acquisition, AcquisitionView, AcquisitionInput, AcquisitionFilter> {

    private final AcquisitionRepository acquisitions;
    @Inject
    LandParcelRepository parcels;

    AcquisitionService(AcquisitionRepository acquisitions) {
        super(Records.withHistory(acquisitions, AcquisitionView::of)
                .sortable("acquiredOn", "areaMu", "compensationCny")
                .tracking("compensationCny", a -> a.compensationCny)
                .tracking("areaMu", a -> a.areaMu));
        this.acquisitions = acquisitions;
    }

    @Override
    protected void apply(AcquisitionInput input, Acquisition acquisition) {
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
        super.apply(input, acquisition);
        acquisition.forestQuotaMu = Money.of(input.forestQuotaMu() == null ? BigDecimal.ZERO : input.forestQuotaMu());
    }
}
