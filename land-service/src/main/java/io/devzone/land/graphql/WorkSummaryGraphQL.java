package io.devzone.land.graphql;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.WorkSummary;
import io.devzone.commons.graphql.WorkSummarySection;
import io.devzone.land.mapping.LandSummary;
import io.devzone.land.service.WorkSummaryService;

/** This subgraph's section of the zone's work summary (owned by investment-service): {@code land}. */
@GraphQLApi
public class WorkSummaryGraphQL extends WorkSummarySection {

    @Inject
    WorkSummaryService summaries;

    @NonNull
    @Description("征地拆迁 for the period, computed from the records")
    public LandSummary land(@Source WorkSummary summary) {
        return summaries.summary(summary.from(), summary.to());
    }
}
