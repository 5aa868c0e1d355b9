package io.devzone.party.graphql;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.WorkSummary;
import io.devzone.commons.graphql.WorkSummarySection;
import io.devzone.party.mapping.PartyAffairsSummary;
import io.devzone.party.service.WorkSummaryService;

/** This subgraph's contribution to the work summary: its Party-building section. */
@GraphQLApi
public class WorkSummaryGraphQL extends WorkSummarySection {

    @Inject
    WorkSummaryService summaries;

    @Description("The Party-building section (党建工作): members developed, activities, honours")
    public @NonNull PartyAffairsSummary partyAffairs(@Source WorkSummary summary) {
        return summaries.summary(summary.from(), summary.to());
    }
}
