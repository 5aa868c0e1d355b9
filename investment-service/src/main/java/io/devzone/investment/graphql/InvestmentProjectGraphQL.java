package io.devzone.investment.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.Listed;
import io.devzone.codegen.RecordGraphQL;
import io.devzone.codegen.Reference;
import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.investment.mapping.EnterpriseView;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.mapping.StageChangeInput;
import io.devzone.investment.mapping.StageChangeView;
import io.devzone.investment.service.EnterpriseService;
import io.devzone.investment.service.InvestmentProjectService;

@GraphQLApi
@RecordGraphQL(service = InvestmentProjectService.class, plural = "investmentProjects",
        get = "One investment project (招商项目) by id",
        sortedLike = "-agreedInvestmentCny",
        history = "Who changed the stage and agreed investment, when, from what to what (investment and leaders only)",
        references = @Reference(field = "enterprise", id = "enterpriseId", service = EnterpriseService.class,
                description = "The enterprise that invests in this project"),
        listed = @Listed(under = EnterpriseView.class, field = "investmentProjects",
                description = "The investment projects this enterprise invests in"))
public class InvestmentProjectGraphQL extends InvestmentProjectGraphQLRecords {

    @Mutation
    @Description("Moves a project to its next stage (or DROPPED) on a date; an illegal move is a CONFLICT naming the"
            + " allowed next stages")
    public InvestmentProjectView changeInvestmentProjectStage(@Id @NonNull String id, @NonNull StageChangeInput input) {
        return service.changeStage(Ids.parse(id, "id"), input);
    }

    @Description("The project's dated moves along the pipeline, oldest first")
    public List<List<StageChangeView>> stageChanges(@Source List<InvestmentProjectView> investmentProjects) {
        return service.stageChanges(RecordFields.ids(investmentProjects));
    }
}
