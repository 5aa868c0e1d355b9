package io.devzone.commons.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.time.Periods;

/**
 * A department's section of the work summary: figures for a period, computed from the records each time they are
 * asked for. The period is taken once for every section, as REST gives it (text) or GraphQL (dates): both days
 * required and in order ({@link Periods#checkPeriod}); the figures are read in one transaction, so they agree.
 * A section supplies only its {@link #figures}; its queries name the period {@code :from} and {@code :to}.
 *
 * @param <S> what the section answers
 */
public abstract class PeriodSummaryService<S> {

    @Inject
    EntityManager entityManager;

    /** The section for a period given as text (REST query parameters): unreadable dates are VALIDATION_FAILED. */
    @ReadAccess
    @Transactional
    public S summary(String from, String to) {
        return summary(Periods.parse("from", from), Periods.parse("to", to));
    }

    @ReadAccess
    @Transactional
    public S summary(LocalDate from, LocalDate to) {
        Periods.checkPeriod(from, to);
        return figures(from, to);
    }

    /** The section's figures for a period already checked. */
    protected abstract S figures(LocalDate from, LocalDate to);

    /** A query over the period, {@code :from} to {@code :to}. */
    protected <T> TypedQuery<T> inPeriod(String query, Class<T> type, LocalDate from, LocalDate to) {
        return asOf(query, type, to).setParameter("from", from);
    }

    /** A query of how things stood at the end of the period, {@code :to}. */
    protected <T> TypedQuery<T> asOf(String query, Class<T> type, LocalDate to) {
        return entityManager.createQuery(query, type).setParameter("to", to);
    }

    /** A {@code count} over the period. */
    protected int countInPeriod(String query, LocalDate from, LocalDate to) {
        return Math.toIntExact(inPeriod(query, Long.class, from, to).getSingleResult());
    }

    /**
     * Counts over the period per enum constant ({@code select x.kind, count(x) … group by x.kind}), every constant
     * present (zero where none), in declaration order.
     */
    protected <E extends Enum<E>> Map<E, Integer> countsInPeriod(Class<E> type, String query, LocalDate from,
            LocalDate to) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0);
        }
        for (Object[] row : inPeriod(query, Object[].class, from, to).getResultList()) {
            counts.put(type.cast(row[0]), Math.toIntExact((Long) row[1]));
        }
        return counts;
    }
}
