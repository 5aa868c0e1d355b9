package io.devzone.investment.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.investment.service.InfrastructureProjectService;

@GraphQLApi
@RecordGraphQL(service = InfrastructureProjectService.class, plural = "infrastructureProjects",
        list = "Infrastructure projects, filtered, sorted (e.g. \"-budgetCny\") and paged (pages count from 0)",
        delete = "Deletes a infrastructure project; returns its id",
        history = Descriptions.MONEY_HISTORY)
public class InfrastructureProjectGraphQL extends InfrastructureProjectGraphQLRecords {
}
