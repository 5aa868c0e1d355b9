package io.devzone.land.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.land.service.ResettlementAreaService;

@GraphQLApi
@RecordGraphQL(service = ResettlementAreaService.class, plural = "resettlementAreas",
        get = "One resettlement area (安置区) by id",
        list = "Resettlement areas, filtered, sorted and paged",
        delete = "Deletes a resettlement area without plots; returns its id")
public class ResettlementAreaGraphQL extends ResettlementAreaGraphQLRecords {
}
