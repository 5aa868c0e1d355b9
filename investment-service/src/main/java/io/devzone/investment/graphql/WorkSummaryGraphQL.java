package io.devzone.investment.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.devzone.investment.mapping.WorkSummary;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;
import io.devzone.investment.service.WorkSummaryService;

@GraphQLApi
public class WorkSummaryGraphQL {

    private final WorkSummaryService summaries;

    WorkSummaryGraphQL(WorkSummaryService summaries) {
        this.summaries = summaries;
    }

    @Query
    @Description("The zone's work summary (工作总结) for from..to, both inclusive; the other departments' subgraphs"
            + " add their sections to it")
    @NonNull
    public WorkSummary workSummary(@NonNull LocalDate from, @NonNull LocalDate to) {
        return summaries.summary(from, to);
    }

    /** {@code _entities} for WorkSummary, keyed by its period, like the other departments' subgraphs. */
    @Resolver
    @Blocking // resolvers run on the event loop otherwise, where JDBC may not block
    public WorkSummary workSummaryByPeriod(@NonNull LocalDate from, @NonNull LocalDate to) {
        return summaries.summary(from, to);
    }
}
