package io.devzone.land.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.time.Periods;
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.ApprovalStep;
import io.devzone.land.domain.DisputeStatus;
import io.devzone.land.domain.ExpansionApplication;
import io.devzone.land.domain.HouseholdStatus;
import io.devzone.land.domain.StepStatus;
import io.devzone.land.mapping.LandSummary;
import io.devzone.land.mapping.RelocationProgress;

/** Figures computed from the records: the work summary's land section and relocation progress per project. */
@ApplicationScoped
public class LandReportService {

    private final EntityManager em;

    LandReportService(EntityManager em) {
        this.em = em;
    }

    /** The summary for a period given as text (REST query parameters): unreadable dates are VALIDATION_FAILED. */
    @ReadAccess
    public LandSummary summary(String from, String to) {
        return summary(Periods.parse("from", from), Periods.parse("to", to));
    }

    @ReadAccess
    public LandSummary summary(LocalDate from, LocalDate to) {
        Periods.checkPeriod(from, to);
        Object[] acquired = em.createQuery("select coalesce(sum(a.areaMu), 0), coalesce(sum(a.compensationCny), 0)"
                + " from Acquisition a where a.acquiredOn between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        List<LandSummary.ParkAcquired> byPark = em.createQuery("select p.park, sum(a.areaMu) from Acquisition a,"
                + " LandParcel p where a.parcelId = p.id and a.acquiredOn between :from and :to"
                + " group by p.park order by p.park", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new LandSummary.ParkAcquired((Park) r[0], (BigDecimal) r[1])).toList();
        List<LandSummary.ParcelAcquired> byParcel = em.createQuery("select p.id, p.code, p.name, p.park, sum(a.areaMu)"
                + " from Acquisition a, LandParcel p where a.parcelId = p.id and a.acquiredOn between :from and :to"
                + " group by p.id, p.code, p.name, p.park order by p.code", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new LandSummary.ParcelAcquired((UUID) r[0], (String) r[1], (String) r[2], (Park) r[3],
                        (BigDecimal) r[4]))
                .toList();
        int signed = count("select count(h) from RelocationHousehold h where h.contractSignedOn between :from and :to",
                from, to);
        int resettled = count("select count(h) from RelocationHousehold h where h.resettledOn between :from and :to",
                from, to);
        int cases = count("select count(c) from LandUseCase c where c.approvedOn between :from and :to", from, to);
        int openDisputes = Math.toIntExact(em.createQuery("select count(d) from LandDispute d where d.raisedOn <= :to"
                + " and (d.resolvedOn is null or d.resolvedOn > :to)", Long.class)
                .setParameter("to", to).getSingleResult());
        List<LandSummary.ExpansionStatus> expansion = em.createQuery("select distinct a from ExpansionApplication a"
                + " left join fetch a.steps where a.submittedOn <= :to order by a.submittedOn, a.id",
                ExpansionApplication.class)
                .setParameter("to", to).getResultList().stream()
                .map(a -> new LandSummary.ExpansionStatus(a.id, a.title, a.submittedOn,
                        a.steps.stream().map(s -> asOf(s, to)).toList()))
                .toList();
        return new LandSummary(from, to, decimal(acquired[0]), decimal(acquired[1]), byPark, byParcel, signed,
                resettled, cases, openDisputes, expansion);
    }

    /** A step as it stood at the end of the period: a decision dated later was still pending then. */
    private static LandSummary.StepState asOf(ApprovalStep step, LocalDate to) {
        boolean decided = step.decidedOn != null && !step.decidedOn.isAfter(to);
        return new LandSummary.StepState(step.name, decided ? step.status : StepStatus.PENDING,
                decided ? step.decidedOn : null);
    }

    /** The relocation progress of each project's parcels, in two queries whatever the number of projects. */
    @ReadAccess
    public Map<UUID, RelocationProgress> relocationProgress(Collection<UUID> projectIds) {
        Map<UUID, EnumMap<HouseholdStatus, Integer>> byStatus = new HashMap<>();
        Map<UUID, Integer> disputes = new HashMap<>();
        if (!projectIds.isEmpty()) {
            em.createQuery("select p.investmentProjectId, h.status, count(h) from RelocationHousehold h, LandParcel p"
                    + " where h.parcelId = p.id and p.investmentProjectId in :ids"
                    + " group by p.investmentProjectId, h.status", Object[].class)
                    .setParameter("ids", projectIds).getResultList()
                    .forEach(r -> byStatus.computeIfAbsent((UUID) r[0], k -> new EnumMap<>(HouseholdStatus.class))
                            .put((HouseholdStatus) r[1], Math.toIntExact((Long) r[2])));
            em.createQuery("select p.investmentProjectId, count(d) from LandDispute d, LandParcel p"
                    + " where d.parcelId = p.id and p.investmentProjectId in :ids and d.status <> :resolved"
                    + " group by p.investmentProjectId", Object[].class)
                    .setParameter("ids", projectIds).setParameter("resolved", DisputeStatus.RESOLVED).getResultList()
                    .forEach(r -> disputes.put((UUID) r[0], Math.toIntExact((Long) r[1])));
        }
        Map<UUID, RelocationProgress> result = new HashMap<>();
        for (UUID project : projectIds) {
            EnumMap<HouseholdStatus, Integer> counts = byStatus.getOrDefault(project, new EnumMap<>(HouseholdStatus.class));
            List<RelocationProgress.StatusCount> statuses = new ArrayList<>();
            int total = 0;
            int signed = 0;
            for (HouseholdStatus status : HouseholdStatus.values()) {
                int n = counts.getOrDefault(status, 0);
                statuses.add(new RelocationProgress.StatusCount(status, n));
                total += n;
                signed += status.reached(HouseholdStatus.CONTRACT_SIGNED) ? n : 0;
            }
            result.put(project, new RelocationProgress(total, statuses, signed,
                    counts.getOrDefault(HouseholdStatus.RESETTLED, 0), disputes.getOrDefault(project, 0)));
        }
        return result;
    }

    private static BigDecimal decimal(Object sum) {
        return new BigDecimal(sum.toString()).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private int count(String query, LocalDate from, LocalDate to) {
        return Math.toIntExact(em.createQuery(query, Long.class).setParameter("from", from).setParameter("to", to)
                .getSingleResult());
    }
}
