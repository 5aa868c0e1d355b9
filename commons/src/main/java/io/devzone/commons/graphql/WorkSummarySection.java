package io.devzone.commons.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

/**
 * What a subgraph adding its section to the zone's work summary resolves alike: the {@code _entities} of WorkSummary
 * by its period. The service's {@code graphql.WorkSummaryGraphQL} extends it with the section's field, named and
 * described as its own. Not generic: SmallRye looks the API up by the class declaring the resolver, and CDI finds no
 * bean of a parameterized type by its raw one.
 */
public abstract class WorkSummarySection {

    /** {@code _entities} for WorkSummary: the period is the key; the section is computed when asked. */
    @Resolver
    @Blocking // resolvers run on the event loop otherwise, where JDBC may not block
    public WorkSummary workSummaryByPeriod(@NonNull LocalDate from, @NonNull LocalDate to) {
        return new WorkSummary(from, to);
    }
}
