package io.devzone.commons.record;

import io.devzone.commons.query.Criteria;

/**
 * Which records of a type a list selects (a REST {@code @BeanParam} and a GraphQL {@code …Filter} input, one class):
 * every criterion optional, a filter without any selects all.
 */
public interface RecordFilter {

    /** The where-clause of the criteria given; a bad combination (a range ending before it starts) is refused here. */
    Criteria criteria();
}
