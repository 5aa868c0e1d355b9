package io.devzone.land.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.land.service.LandUseCaseService;

@GraphQLApi
@RecordGraphQL(service = LandUseCaseService.class, plural = "landUseCases",
        get = "One land-use case (用地报批) by id",
        list = "Land-use cases, filtered, sorted (e.g. \"-approvedOn\") and paged",
        delete = "Deletes a land-use case; returns its id",
        history = "Who changed the approval when: land department and leaders only")
public class LandUseCaseGraphQL extends LandUseCaseGraphQLRecords {
}
