package io.devzone.land.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.devzone.commons.service.PeriodSummaryService;
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.ApprovalStep;
import io.devzone.land.domain.ExpansionApplication;
import io.devzone.land.domain.StepStatus;
import io.devzone.land.mapping.LandSummary;

/** The land section of the work summary (征地拆迁), computed from the records each time it is asked for. */
@ApplicationScoped
public class WorkSummaryService extends PeriodSummaryService<LandSummary> {

    @Override
    protected LandSummary figures(LocalDate from, LocalDate to) {
        Object[] acquired = inPeriod("select coalesce(sum(a.areaMu), 0), coalesce(sum(a.compensationCny), 0)"
                + " from Acquisition a where a.acquiredOn between :from and :to", Object[].class, from, to)
                .getSingleResult();
        List<LandSummary.ParkAcquired> byPark = inPeriod("select p.park, sum(a.areaMu) from Acquisition a,"
                + " LandParcel p where a.parcelId = p.id and a.acquiredOn between :from and :to"
                + " group by p.park order by p.park", Object[].class, from, to).getResultList().stream()
                .map(r -> new LandSummary.ParkAcquired((Park) r[0], (BigDecimal) r[1])).toList();
        List<LandSummary.ParcelAcquired> byParcel = inPeriod("select p.id, p.code, p.name, p.park, sum(a.areaMu)"
                + " from Acquisition a, LandParcel p where a.parcelId = p.id and a.acquiredOn between :from and :to"
                + " group by p.id, p.code, p.name, p.park order by p.code", Object[].class, from, to)
                .getResultList().stream()
                .map(r -> new LandSummary.ParcelAcquired((UUID) r[0], (String) r[1], (String) r[2], (Park) r[3],
                        (BigDecimal) r[4]))
                .toList();
        int signed = countInPeriod(
                "select count(h) from RelocationHousehold h where h.contractSignedOn between :from and :to", from, to);
        int resettled = countInPeriod(
                "select count(h) from RelocationHousehold h where h.resettledOn between :from and :to", from, to);
        int cases = countInPeriod("select count(c) from LandUseCase c where c.approvedOn between :from and :to",
                from, to);
        int openDisputes = Math.toIntExact(asOf("select count(d) from LandDispute d where d.raisedOn <= :to"
                + " and (d.resolvedOn is null or d.resolvedOn > :to)", Long.class, to).getSingleResult());
        List<LandSummary.ExpansionStatus> expansion = asOf("select distinct a from ExpansionApplication a"
                + " left join fetch a.steps where a.submittedOn <= :to order by a.submittedOn, a.id",
                ExpansionApplication.class, to).getResultList().stream()
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
}
