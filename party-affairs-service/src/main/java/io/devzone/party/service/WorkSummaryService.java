package io.devzone.party.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.time.Periods;
import io.devzone.party.domain.ActivityType;
import io.devzone.party.domain.HonourKind;
import io.devzone.party.domain.MemberCategory;
import io.devzone.party.mapping.PartyAffairsSummary;
import io.devzone.party.mapping.PartyAffairsSummary.ActivitiesByType;
import io.devzone.party.mapping.PartyAffairsSummary.HonoursByKind;
import io.devzone.party.mapping.PartyAffairsSummary.MembersByCategory;

/** The Party-building section of the work summary (党建工作): every figure counted from the records. */
@ApplicationScoped
public class WorkSummaryService {

    private final EntityManager entityManager;

    WorkSummaryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The section for a period given as text (REST query parameters): unreadable dates are VALIDATION_FAILED. */
    @ReadAccess
    public PartyAffairsSummary summary(String from, String to) {
        return summary(Periods.parse("from", from), Periods.parse("to", to));
    }

    @ReadAccess
    public PartyAffairsSummary summary(LocalDate from, LocalDate to) {
        Periods.checkPeriod(from, to);
        Map<MemberCategory, Integer> developed = count(MemberCategory.class,
                "select m.category, count(m) from PartyMember m where m.probationaryOn between :from and :to"
                        + " group by m.category", from, to);
        Map<ActivityType, Integer> activities = count(ActivityType.class,
                "select a.type, count(a) from PartyActivity a where a.heldOn between :from and :to group by a.type",
                from, to);
        Map<HonourKind, Integer> honours = count(HonourKind.class,
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

    /** Counts per enum constant, every constant present (zero where none), in declaration order. */
    private <E extends Enum<E>> Map<E, Integer> count(Class<E> type, String query, LocalDate from, LocalDate to) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0);
        }
        List<Object[]> rows = entityManager.createQuery(query, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            counts.put(type.cast(row[0]), Math.toIntExact((Long) row[1]));
        }
        return counts;
    }

    private static int total(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
