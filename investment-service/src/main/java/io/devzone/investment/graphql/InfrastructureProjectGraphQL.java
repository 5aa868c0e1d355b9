package io.devzone.investment.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.investment.service.InfrastructureProjectService;

@GraphQLApi
@RecordGraphQL(service = InfrastructureProjectService.class, plural = "infrastructureProjects",
        get = "One infrastructure project by id",
        list = "Infrastructure projects, filtered, sorted (e.g. \"-budgetCny\") and paged (pages count from 0)",
        delete = "Deletes a infrastructure project; returns its id",
        history = "Who changed the money fields, when, from what to what (investment and leaders only)")
public class InfrastructureProjectGraphQL extends InfrastructureProjectGraphQLRecords {
}
