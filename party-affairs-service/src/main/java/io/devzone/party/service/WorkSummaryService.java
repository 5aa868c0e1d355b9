package io.devzone.party.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.security.ReadAccess;
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

    @ReadAccess
    public PartyAffairsSummary summary(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
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

    /** A day given as text (a REST query parameter); null when absent, refused when not an ISO-8601 date. */
    public static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a date: '" + text + "'; write it as 2011-06-30");
        }
    }

    /** A period is both days, inclusive, in order. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required: the first day of the period, e.g. 2011-01-01"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required: the last day of the period, e.g. 2011-06-30"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("from", "must not be after to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
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
