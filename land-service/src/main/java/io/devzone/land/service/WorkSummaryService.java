package io.devzone.land.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.devzone.commons.service.PeriodSummaryService;
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.ApprovalStep;
import io.devzone.land.domain.ExpansionApplication;
import io.devzone.land.domain.LandDispute;
import io.devzone.land.domain.ParcelStatus;
import io.devzone.land.domain.PlannedUse;
import io.devzone.land.domain.StepStatus;
import io.devzone.land.mapping.LandSummary;
import io.devzone.land.mapping.LandSummary.DifficultyGroup;

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
        List<LandDispute> openDisputes = asOf("select d from LandDispute d where d.raisedOn <= :to"
                + " and (d.resolvedOn is null or d.resolvedOn > :to) order by d.raisedOn, d.id", LandDispute.class, to)
                .getResultList();
        List<ExpansionApplication> applications = asOf("select distinct a from ExpansionApplication a"
                + " left join fetch a.steps where a.submittedOn <= :to order by a.submittedOn, a.id",
                ExpansionApplication.class, to).getResultList();
        List<LandSummary.ExpansionStatus> expansion = applications.stream()
                .map(a -> new LandSummary.ExpansionStatus(a.id, a.title, a.submittedOn,
                        a.steps.stream().map(s -> asOf(s, to)).toList()))
                .toList();
        return new LandSummary(from, to, decimal(acquired[0]), decimal(acquired[1]), byPark, byParcel, signed,
                resettled, cases, openDisputes.size(), expansion, available(to),
                difficulties(openDisputes, applications, to));
    }

    /**
     * Each park's land still available when the period ends: its parcels recorded by then (a first status dated
     * by then) planned for enterprises and not supplied by then (a parcel moves forward only, so supplied by then
     * is a move to SUPPLIED dated by then).
     */
    private List<LandSummary.ParkAvailable> available(LocalDate to) {
        return asOf("select p.park, sum(case when p.plannedUse in :offered and not exists (select c.id"
                + " from ParcelStatusChange c where c.parcelId = p.id and c.to = :supplied and c.changedOn <= :to)"
                + " then p.areaMu else 0 end) from LandParcel p where exists (select c.id from ParcelStatusChange c"
                + " where c.parcelId = p.id and c.changedOn <= :to) group by p.park order by p.park",
                Object[].class, to)
                .setParameter("offered", PlannedUse.FOR_ENTERPRISES).setParameter("supplied", ParcelStatus.SUPPLIED)
                .getResultList().stream()
                .map(r -> new LandSummary.ParkAvailable((Park) r[0], decimal(r[1])))
                .toList();
    }

    /** The disputes open at the period's end, then the steps the zone carries out that were not decided by then. */
    private static List<LandSummary.Difficulty> difficulties(List<LandDispute> openDisputes,
            List<ExpansionApplication> applications, LocalDate to) {
        List<LandSummary.Difficulty> open = new ArrayList<>(openDisputes.stream()
                .map(d -> new LandSummary.Difficulty(DifficultyGroup.ACQUISITION_AND_RELOCATION, d.id, d.subject,
                        d.raisedOn, d.owner, d.dueOn, to))
                .toList());
        for (ExpansionApplication application : applications) {
            application.steps.stream().filter(s -> s.owner != null && asOf(s, to).status() == StepStatus.PENDING)
                    .map(s -> new LandSummary.Difficulty(DifficultyGroup.ROOM_TO_GROW, application.id,
                            application.title + "：" + s.name, application.submittedOn, s.owner, s.dueOn, to))
                    .forEach(open::add);
        }
        return open;
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
