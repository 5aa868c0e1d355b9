package io.devzone.investment.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.investment.service.FinancingService;

@GraphQLApi
@RecordGraphQL(service = FinancingService.class, plural = "financings",
        list = "Financings, filtered, sorted (e.g. \"-arrangedCny\") and paged (pages count from 0)",
        history = Descriptions.MONEY_HISTORY)
public class FinancingGraphQL extends FinancingGraphQLRecords {
}
