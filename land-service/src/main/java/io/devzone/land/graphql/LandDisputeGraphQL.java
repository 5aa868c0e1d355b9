package io.devzone.land.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.land.service.LandDisputeService;

@GraphQLApi
@RecordGraphQL(service = LandDisputeService.class, plural = "landDisputes",
        get = "One land dispute (纠纷) by id",
        list = "Land disputes, filtered, sorted (e.g. \"-raisedOn\") and paged",
        history = "Who changed the status when: land department and leaders only")
public class LandDisputeGraphQL extends LandDisputeGraphQLRecords {
}
