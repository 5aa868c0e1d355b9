package io.devzone.party.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.party.service.PartyHonourService;

@GraphQLApi
@RecordGraphQL(service = PartyHonourService.class, plural = "partyHonours",
        get = "One honour (表彰) by id",
        list = "Honours, filtered, sorted (e.g. \"-awardedOn\", the default) and paged (pages count from 0)",
        delete = "Deletes an honour; returns its id")
public class PartyHonourGraphQL extends PartyHonourGraphQLRecords {
}
