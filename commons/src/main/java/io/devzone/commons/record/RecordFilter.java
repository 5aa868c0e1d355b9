package io.devzone.commons.record;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Criterion;

/**
 * Which records of a type a list selects (a REST {@code @BeanParam} and a GraphQL {@code …Filter} input, one class):
 * every criterion optional, a filter without any selects all. Each field says which criterion it is
 * ({@link Criterion}); a filter overrides {@link #criteria()} only to add what it selects its own way.
 */
public interface RecordFilter {

    /**
     * The where-clause of the criteria given (its {@link Criterion} fields); a bad combination (a range ending before
     * it starts) is refused here.
     */
    default Criteria criteria() {
        return Criteria.of(this);
    }
}
