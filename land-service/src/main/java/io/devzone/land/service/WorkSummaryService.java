package io.devzone.land.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.time.Periods;
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.ApprovalStep;
import io.devzone.land.domain.ExpansionApplication;
import io.devzone.land.domain.StepStatus;
import io.devzone.land.mapping.LandSummary;

/** The land section of the work summary (征地拆迁), computed from the records each time it is asked for. */
@ApplicationScoped
public class WorkSummaryService {

    private final EntityManager em;

    WorkSummaryService(EntityManager em) {
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

    private static BigDecimal decimal(Object sum) {
        return new BigDecimal(sum.toString()).setScale(2, RoundingMode.UNNECESSARY);
    }

    private int count(String query, LocalDate from, LocalDate to) {
        return Math.toIntExact(em.createQuery(query, Long.class).setParameter("from", from).setParameter("to", to)
                .getSingleResult());
    }
}
