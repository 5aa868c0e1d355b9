package io.devzone.land.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.land.mapping.LandSummary;
import io.devzone.land.mapping.WorkSummary;
import io.devzone.land.service.WorkSummaryService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

/** This subgraph's section of the zone's work summary (owned by investment-service): {@code land}. */
@GraphQLApi
public class WorkSummaryGraphQL {

    private final WorkSummaryService summaries;

    WorkSummaryGraphQL(WorkSummaryService summaries) {
        this.summaries = summaries;
    }

    /** {@code _entities} for WorkSummary: the period is the key; the section is computed when asked. */
    @Resolver
    @Blocking
    public WorkSummary workSummaryByPeriod(@NonNull LocalDate from, @NonNull LocalDate to) {
        return new WorkSummary(from, to);
    }

    @NonNull
    @Description("征地拆迁 for the period, computed from the records")
    public LandSummary land(@Source WorkSummary summary) {
        return summaries.summary(summary.from(), summary.to());
    }
}
