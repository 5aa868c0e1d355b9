package io.devzone.land.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import io.devzone.land.domain.LandParcel;
import io.devzone.land.domain.LandParcelRepository;
import io.devzone.land.domain.ParcelStatus;
import io.devzone.land.domain.ParcelStatusChange;
import io.devzone.land.domain.ParcelStatusChangeRepository;
import io.devzone.land.mapping.LandParcelInput;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.mapping.ParcelStatusChangeInput;
import io.devzone.land.mapping.ParcelStatusChangeView;

/** 地块: the land parcels the department acquires, levels and supplies to investment projects. */
@ApplicationScoped
public class LandParcelService {

    static final String TYPE = "LandParcel";
    /** The zone's own calendar (Zixing, Hunan): what "today" means for a status reached without a date. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "name", "name", "park", "park", "areaMu", "areaMu", "plannedUse", "plannedUse",
            "status", "status", "createdAt", "createdAt");

    private final LandParcelRepository parcels;
    private final Records<LandParcel, LandParcelView> records;
    private final InputValidator validator;
    private final ParcelStatusChangeRepository statusChanges;

    LandParcelService(LandParcelRepository parcels, InputValidator validator, ChangeHistory history,
            AccessGuard guard, ParcelStatusChangeRepository statusChanges) {
        this.statusChanges = statusChanges;
        this.parcels = parcels;
        this.validator = validator;
        this.records = Records.of(parcels, TYPE, LandParcelView::of, guard, history)
                .tracking("status", p -> p.status)
                .tracking("investmentProjectId", p -> p.investmentProjectId);
    }

    /** Who changed the parcel's status (and its project) when: the land department and leaders only. */
    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    @ReadAccess
    public Page<LandParcelView> list(LandParcelFilter filter, PageRequest page) {
        var criteria = (filter == null ? new LandParcelFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "code");
    }

    @ReadAccess
    public LandParcelView get(UUID id) {
        return records.view(id);
    }

    /** The parcels with these ids, in the same order; null where none exists. */
    @ReadAccess
    public List<LandParcelView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    /** Each investment project's parcels, for resolving {@code InvestmentProject.landParcels} in one query. */
    @ReadAccess
    public Map<UUID, List<LandParcelView>> byInvestmentProjects(Collection<UUID> investmentProjectIds) {
        return records.viewsByParent("investmentProjectId", p -> p.investmentProjectId, investmentProjectIds,
                "code, id");
    }

    @WriteAccess
    @Transactional
    public LandParcelView create(LandParcelInput input) {
        validator.check(input, "landParcel");
        LandParcel parcel = new LandParcel();
        // a new parcel may be recorded at any status it has already reached, dated by statusOn
        parcel.status = input.status() == null ? ParcelStatus.PLANNED : input.status();
        checkSupply(parcel.status, input.investmentProjectId(), "would be");
        apply(input, parcel);
        LocalDate on = statusDate(input.statusOn(), null, "statusOn");
        records.create(parcel, TYPE + " '" + parcel.code + "'");
        recordStatus(parcel, null, on);
        return LandParcelView.of(parcel);
    }

    /** Changes what the parcel is; its status moves only by {@link #changeStatus}. */
    @WriteAccess
    @Transactional
    public LandParcelView update(UUID id, LandParcelInput input) {
        validator.check(input, "landParcel");
        return LandParcelView.of(records.update(id, input.version(), parcel -> {
            if (input.status() != null && input.status() != parcel.status) {
                throw new ConflictException("The status of " + TYPE + " " + id + " moves only by a dated status"
                        + " change (POST /api/land-parcels/" + id + "/status-changes or changeLandParcelStatus); it is "
                        + parcel.status + ", " + allowedNext(parcel.status));
            }
            checkSupply(parcel.status, input.investmentProjectId(), "is");
            BigDecimal acquired = parcels.getEntityManager().createQuery(
                    "select coalesce(sum(a.areaMu), 0) from Acquisition a where a.parcelId = :id", BigDecimal.class)
                    .setParameter("id", id).getSingleResult();
            if (input.areaMu() != null && input.areaMu().compareTo(acquired) < 0) {
                throw new InvalidInputException("areaMu", "must not be below the " + acquired.toPlainString()
                        + " mu already acquired of this parcel");
            }
            apply(input, parcel);
        }));
    }

    /** Moves the parcel one status forward, dated and kept in its status history and change history. */
    @WriteAccess
    @Transactional
    public LandParcelView changeStatus(UUID id, ParcelStatusChangeInput input) {
        validator.check(input, "statusChange");
        LandParcel parcel = records.findAtVersion(id, input.version());
        Map<String, Object> before = records.snapshot(parcel);
        ParcelStatus from = parcel.status;
        ParcelStatus to = input.status();
        if (!from.canMoveTo(to)) {
            throw new ConflictException("A land parcel cannot move from " + from + " to " + to + "; "
                    + allowedNext(from));
        }
        checkSupply(to, input.investmentProjectId(), "would be");
        LocalDate on = statusDate(input.on(), statusChanges.lastDate(id), "on");
        parcel.status = to;
        parcel.investmentProjectId = input.investmentProjectId();
        Flush.now(TYPE + " " + id);
        recordStatus(parcel, from, on);
        records.recordChanges(parcel, before);
        return LandParcelView.of(parcel);
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id); // flushed: still acquired, disputed or lived on is CONFLICT, not a failed commit
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

    /** The day a status was reached: given, or today in the zone; never in the future nor before the last step. */
    private static LocalDate statusDate(LocalDate given, LocalDate last, String field) {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate on = given == null ? today : given;
        if (on.isAfter(today)) {
            throw new InvalidInputException(field, "must not be in the future");
        }
        if (last != null && on.isBefore(last)) {
            throw new InvalidInputException(field, "must not be before the previous status change on " + last);
        }
        return on;
    }

    private void recordStatus(LandParcel parcel, ParcelStatus from, LocalDate on) {
        ParcelStatusChange change = new ParcelStatusChange();
        change.parcelId = parcel.id;
        change.from = from;
        change.to = parcel.status;
        change.changedOn = on;
        statusChanges.persist(change);
    }

    private void apply(LandParcelInput input, LandParcel parcel) {
        String code = input.code().strip().toUpperCase(Locale.ROOT);
        if (parcels.codeTaken(code, parcel.id)) {
            throw new ConflictException("A land parcel with code '" + code + "' already exists.");
        }
        parcel.code = code;
        parcel.name = input.name().strip();
        parcel.park = input.park();
        parcel.areaMu = input.areaMu();
        parcel.plannedUse = input.plannedUse();
        parcel.investmentProjectId = input.investmentProjectId();
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

    private static String allowedNext(ParcelStatus from) {
        return from.next().isEmpty() ? from + " is its last status." : "allowed next status: " + from.next() + ".";
    }
}
