package io.devzone.investment.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureView;
import io.devzone.investment.mapping.EnterpriseView;
import io.devzone.investment.service.EnterpriseMonthlyFigureService;

@GraphQLApi
@RecordGraphQL(service = EnterpriseMonthlyFigureService.class, plural = "enterpriseMonthlyFigures",
        list = "Enterprise monthly figures, filtered, sorted (e.g. \"-month\") and paged (pages count from 0)",
        delete = "Deletes a enterprise monthly figure; returns its id",
        history = Descriptions.MONEY_HISTORY)
public class EnterpriseMonthlyFigureGraphQL extends EnterpriseMonthlyFigureGraphQLRecords {

    @Description("This enterprise's monthly figures, by month")
    public List<List<EnterpriseMonthlyFigureView>> monthlyFigures(@Source List<EnterpriseView> enterprises) {
        return service.ofEachParent(RecordFields.ids(enterprises));
    }
}
