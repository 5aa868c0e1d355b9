package io.devzone.party.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.party.service.PartyActivityService;

@GraphQLApi
@RecordGraphQL(service = PartyActivityService.class, plural = "partyActivities",
        get = "One Party activity (活动) by id",
        list = "Party activities, filtered, sorted (e.g. \"-heldOn\", the default) and paged (pages count from 0)",
        delete = "Deletes a Party activity; returns its id")
public class PartyActivityGraphQL extends PartyActivityGraphQLRecords {
}
