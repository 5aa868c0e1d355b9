package io.devzone.investment.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.investment.mapping.TargetProgress;
import io.devzone.investment.mapping.TargetView;
import io.devzone.investment.service.TargetService;

@GraphQLApi
@RecordGraphQL(service = TargetService.class, plural = "targets",
        sortedLike = "-year",
        history = Descriptions.MONEY_HISTORY)
public class TargetGraphQL extends TargetGraphQLRecords {

    @Description("Completion and year-on-year growth from 1 January to `to` (default 31 December), computed from the records")
    public TargetProgress progress(@Source TargetView target, LocalDate to) {
        return service.progress(target.id(), to);
    }
}
