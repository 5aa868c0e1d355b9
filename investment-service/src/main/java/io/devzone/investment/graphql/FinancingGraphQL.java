package io.devzone.investment.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.investment.service.FinancingService;

@GraphQLApi
@RecordGraphQL(service = FinancingService.class, plural = "financings",
        get = "One financing by id",
        list = "Financings, filtered, sorted (e.g. \"-arrangedCny\") and paged (pages count from 0)",
        delete = "Deletes a financing; returns its id",
        history = "Who changed the money fields, when, from what to what (investment and leaders only)")
public class FinancingGraphQL extends FinancingGraphQLRecords {
}
