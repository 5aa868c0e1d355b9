package io.devzone.party.service;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.devzone.commons.service.PeriodSummaryService;
import io.devzone.party.domain.ActivityType;
import io.devzone.party.domain.HonourKind;
import io.devzone.party.domain.MemberCategory;
import io.devzone.party.mapping.PartyAffairsSummary;
import io.devzone.party.mapping.PartyAffairsSummary.ActivitiesByType;
import io.devzone.party.mapping.PartyAffairsSummary.HonoursByKind;
import io.devzone.party.mapping.PartyAffairsSummary.MembersByCategory;

/** The Party-building section of the work summary (党建工作): every figure counted from the records. */
@ApplicationScoped
public class WorkSummaryService extends PeriodSummaryService<PartyAffairsSummary> {

    @Override
    protected PartyAffairsSummary figures(LocalDate from, LocalDate to) {
        Map<MemberCategory, Integer> developed = countsInPeriod(MemberCategory.class,
                "select m.category, count(m) from PartyMember m where m.probationaryOn between :from and :to"
                        + " group by m.category", from, to);
        Map<ActivityType, Integer> activities = countsInPeriod(ActivityType.class,
                "select a.type, count(a) from PartyActivity a where a.heldOn between :from and :to group by a.type",
                from, to);
        Map<HonourKind, Integer> honours = countsInPeriod(HonourKind.class,
                "select h.kind, count(h) from PartyHonour h where h.awardedOn between :from and :to group by h.kind",
                from, to);
        return new PartyAffairsSummary(from, to,
                total(developed),
                developed.entrySet().stream().map(e -> new MembersByCategory(e.getKey(), e.getValue())).toList(),
                total(activities),
                activities.entrySet().stream().map(e -> new ActivitiesByType(e.getKey(), e.getValue())).toList(),
                activities.get(ActivityType.DEMOCRATIC_LIFE_MEETING),
                total(honours),
                honours.entrySet().stream().map(e -> new HonoursByKind(e.getKey(), e.getValue())).toList());
    }

    private static int total(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
