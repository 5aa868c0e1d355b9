package io.devzone.investment.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.investment.mapping.EnterpriseView;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.service.EnterpriseService;
import io.devzone.investment.service.InvestmentProjectService;

@GraphQLApi
@RecordGraphQL(service = EnterpriseService.class, plural = "enterprises",
        get = "One enterprise (企业) by id",
        list = "Enterprises, filtered, sorted (e.g. \"-name\") and paged (pages count from 0)",
        delete = "Deletes an enterprise that invests in no project; returns its id")
public class EnterpriseGraphQL extends EnterpriseGraphQLRecords {

    private final InvestmentProjectService projects;

    EnterpriseGraphQL(InvestmentProjectService projects) {
        this.projects = projects;
    }

    @Description("The investment projects this enterprise invests in")
    public List<List<InvestmentProjectView>> investmentProjects(@Source List<EnterpriseView> enterprises) {
        return projects.ofEachParent(RecordFields.ids(enterprises));
    }
}
