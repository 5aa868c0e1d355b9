package io.devzone.investment.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.investment.mapping.CapitalArrivalView;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.service.CapitalArrivalService;

@GraphQLApi
@RecordGraphQL(service = CapitalArrivalService.class, plural = "capitalArrivals",
        list = "Capital arrivals, filtered, sorted (e.g. \"-arrivedOn\") and paged (pages count from 0)",
        history = Descriptions.MONEY_HISTORY)
public class CapitalArrivalGraphQL extends CapitalArrivalGraphQLRecords {

    @Description("The capital that has arrived for this project (到位资金), oldest first")
    public List<List<CapitalArrivalView>> capitalArrivals(@Source List<InvestmentProjectView> projects) {
        return service.ofEachParent(RecordFields.ids(projects));
    }
}
