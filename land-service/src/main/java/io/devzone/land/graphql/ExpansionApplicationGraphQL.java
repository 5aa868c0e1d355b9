package io.devzone.land.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.land.service.ExpansionApplicationService;

@GraphQLApi
@RecordGraphQL(service = ExpansionApplicationService.class, plural = "expansionApplications",
        get = "One park expansion application (扩园申报) by id",
        list = "Park expansion applications, filtered, sorted and paged",
        history = "Who changed which approval step when: land department and leaders only")
public class ExpansionApplicationGraphQL extends ExpansionApplicationGraphQLRecords {
}
