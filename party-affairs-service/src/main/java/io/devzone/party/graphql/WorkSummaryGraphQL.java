package io.devzone.party.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.party.mapping.PartyAffairsSummary;
import io.devzone.party.mapping.WorkSummary;
import io.devzone.party.service.WorkSummaryService;
import io.smallrye.graphql.api.federation.Resolver;

/** This subgraph's contribution to the work summary: its Party-building section. */
@GraphQLApi
public class WorkSummaryGraphQL {

    private final WorkSummaryService summaries;

    WorkSummaryGraphQL(WorkSummaryService summaries) {
        this.summaries = summaries;
    }

    /** {@code _entities} for WorkSummary: the period is the key; the figures are counted below. */
    @Resolver
    public WorkSummary workSummaryByPeriod(@NonNull LocalDate from, @NonNull LocalDate to) {
        return new WorkSummary(from, to);
    }

    @Description("The Party-building section (党建工作): members developed, activities, honours")
    public @NonNull PartyAffairsSummary partyAffairs(@Source WorkSummary summary) {
        return summaries.summary(summary.from(), summary.to());
    }
}
