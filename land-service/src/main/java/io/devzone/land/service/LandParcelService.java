package io.devzone.land.service;

import static io.devzone.commons.service.Records.NameMatching.EXACTLY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.pipeline.Pipeline;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.commons.time.ZoneClock;
import io.devzone.land.domain.LandParcel;
import io.devzone.land.domain.LandParcelRepository;
import io.devzone.land.domain.ParcelStatus;
import io.devzone.land.domain.ParcelStatusChange;
import io.devzone.land.domain.ParcelStatusChangeRepository;
import io.devzone.land.mapping.LandParcelInput;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.mapping.ParcelStatusChangeInput;
import io.devzone.land.mapping.ParcelStatusChangeView;

/**
 * 地块: the land parcels the department acquires, levels and supplies to investment projects. The status moves by
 * dated status changes only ({@link Pipeline}), each kept as a {@link ParcelStatusChange}.
 */
@Singleton
public class LandParcelService extends RecordService<LandParcel, LandParcelView, LandParcelInput, LandParcelFilter> {

    private final LandParcelRepository parcels;
    @Inject
    ParcelStatusChangeRepository statusChanges;
    private final ZoneClock clock;
    /** For the day a new parcel reached its status and the check that an update leaves the status alone. */
    private final Pipeline<LandParcel, ParcelStatus> pipeline;

    LandParcelService(LandParcelRepository parcels, ZoneClock clock) {
        // an investment project's parcels are listed by code
        super(Records.withHistory(parcels, LandParcelView::of)
                .namedUniquely("a land parcel", "code", p -> p.code, EXACTLY)
                .sortable("code", "name", "park", "areaMu", "plannedUse", "status")
                .childOf("investmentProjectId", p -> p.investmentProjectId, "code, id")
                .tracking("status", p -> p.status)
                .tracking("investmentProjectId", p -> p.investmentProjectId));
        this.parcels = parcels;
        this.clock = clock;
        this.pipeline = pipeline(null);
    }

    /** Records a parcel at the status it has already reached, dated by {@code statusOn} (today when left out). */
    @Override
    @WriteAccess
    @Transactional
    public LandParcelView create(LandParcelInput input) {
        LandParcelView parcel = super.create(input);
        recordStatus(parcel.id(), null, parcel.status(), pipeline.firstDay("statusOn", input.statusOn()));
        return parcel;
    }

    /** Moves the parcel one status forward, dated and kept in its status history and change history. */
    @WriteAccess
    @Transactional
    public LandParcelView changeStatus(UUID id, ParcelStatusChangeInput input) {
        return move(pipeline(input.investmentProjectId()), id, input, "statusChange", input.version(), input.status(),
                input.on());
    }

    /** The dated history of each parcel's status, oldest first, in one query. */
    @ReadAccess
    public Map<UUID, List<ParcelStatusChangeView>> statusChanges(Collection<UUID> parcelIds) {
        if (parcelIds.isEmpty()) {
            return Map.of();
        }
        return statusChanges.ofParcels(parcelIds).stream().collect(Collectors.groupingBy(c -> c.parcelId,
                Collectors.mapping(ParcelStatusChangeView::of, Collectors.toList())));
    }

    @ReadAccess
    public List<ParcelStatusChangeView> statusChanges(UUID id) {
        records.find(id);
        return statusChanges(List.of(id)).getOrDefault(id, List.of());
    }

    /** Applies what the parcel is; on an update its status stays, and its area covers what is already acquired. */
    @Override
    protected void apply(LandParcelInput input, LandParcel parcel) {
        boolean recorded = parcel.id != null;
        pipeline.place(parcel, input.status(),
                "POST /api/land-parcels/" + parcel.id + "/status-changes or changeLandParcelStatus");
        checkSupply(parcel.status, input.investmentProjectId(), recorded ? "is" : "would be");
        if (recorded) {
            BigDecimal acquired = parcels.getEntityManager().createQuery(
                    "select coalesce(sum(a.areaMu), 0) from Acquisition a where a.parcelId = :id", BigDecimal.class)
                    .setParameter("id", parcel.id).getSingleResult();
            if (input.areaMu() != null && input.areaMu().compareTo(acquired) < 0) {
                throw new InvalidInputException("areaMu", "must not be below the " + acquired.toPlainString()
                        + " mu already acquired of this parcel");
            }
        }
        super.apply(input, parcel);
        parcel.code = input.code().strip().toUpperCase(Locale.ROOT);
        parcel.areaMu = input.areaMu();
    }

    /** The pipeline of a move supplying the parcel to {@code investmentProjectId} (none unless it moves to SUPPLIED). */
    private Pipeline<LandParcel, ParcelStatus> pipeline(UUID investmentProjectId) {
        return new Pipeline<>(records, "A land parcel", "status", clock, parcel -> parcel.status,
                parcel -> statusChanges.lastDate(parcel.id), (parcel, from, to, on) -> {
                    checkSupply(to, investmentProjectId, "would be");
                    parcel.status = to;
                    parcel.investmentProjectId = investmentProjectId;
                    recordStatus(parcel.id, from, to, on);
                }).entering(ParcelStatus.PLANNED, (parcel, status) -> parcel.status = status);
    }

    private void recordStatus(UUID parcelId, ParcelStatus from, ParcelStatus to, LocalDate on) {
        ParcelStatusChange change = new ParcelStatusChange();
        change.parcelId = parcelId;
        change.from = from;
        change.to = to;
        change.changedOn = on;
        statusChanges.persist(change);
    }

    /** A parcel is supplied (已供地) exactly when it is supplied to an investment project. */
    private static void checkSupply(ParcelStatus status, UUID investmentProjectId, String verb) {
        if (status == ParcelStatus.SUPPLIED && investmentProjectId == null) {
            throw new InvalidInputException("investmentProjectId",
                    "is required when the status is SUPPLIED: name the investment project the parcel is supplied to");
        }
        if (status != ParcelStatus.SUPPLIED && investmentProjectId != null) {
            throw new InvalidInputException("investmentProjectId",
                    "may only be set when the status is SUPPLIED (this parcel " + verb + " " + status
                            + "); leave it empty or supply the parcel");
        }
    }
}
