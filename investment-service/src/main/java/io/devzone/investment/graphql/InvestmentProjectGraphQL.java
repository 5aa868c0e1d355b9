package io.devzone.investment.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.investment.mapping.EnterpriseView;
import io.devzone.investment.mapping.InvestmentProjectInput;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.mapping.StageChangeInput;
import io.devzone.investment.mapping.StageChangeView;
import io.devzone.investment.service.EnterpriseService;
import io.devzone.investment.service.InvestmentProjectFilter;
import io.devzone.investment.service.InvestmentProjectService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class InvestmentProjectGraphQL {

    private final InvestmentProjectService projects;
    private final EnterpriseService enterprises;

    InvestmentProjectGraphQL(InvestmentProjectService projects, EnterpriseService enterprises) {
        this.projects = projects;
        this.enterprises = enterprises;
    }

    @Query
    @Description("One investment project (招商项目) by id")
    public InvestmentProjectView investmentProject(@Id @NonNull String id) {
        return projects.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Investment projects, filtered, sorted (e.g. \"-agreedInvestmentCny\") and paged (pages count from 0)")
    public Page<InvestmentProjectView> investmentProjects(InvestmentProjectFilter filter, Integer page, Integer size,
            String sort) {
        return projects.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public InvestmentProjectView createInvestmentProject(@NonNull InvestmentProjectInput input) {
        return projects.create(input);
    }

    @Mutation
    public InvestmentProjectView updateInvestmentProject(@Id @NonNull String id, @NonNull InvestmentProjectInput input) {
        return projects.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Moves a project to its next stage (or DROPPED) on a date; an illegal move is a CONFLICT naming the"
            + " allowed next stages")
    public InvestmentProjectView changeInvestmentProjectStage(@Id @NonNull String id, @NonNull StageChangeInput input) {
        return projects.changeStage(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes an investment project; returns its id")
    @Id
    public UUID deleteInvestmentProject(@Id @NonNull String id) {
        return RecordFields.delete(projects, id);
    }

    /** {@code _entities} for InvestmentProject: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<InvestmentProjectView> investmentProjectsById(List<String> id) {
        return RecordFields.byIds(projects, id);
    }

    @Description("The project's dated moves along the pipeline, oldest first")
    public List<List<StageChangeView>> stageChanges(@Source List<InvestmentProjectView> investmentProjects) {
        return projects.stageChanges(RecordFields.ids(investmentProjects));
    }

    @Description("Who changed the stage and agreed investment, when, from what to what (investment and leaders only)")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<InvestmentProjectView> investmentProjects) {
        return RecordFields.histories(projects, investmentProjects);
    }

    @Description("The enterprise that invests in this project")
    public List<EnterpriseView> enterprise(@Source List<InvestmentProjectView> investmentProjects) {
        return RecordFields.referenced(investmentProjects, InvestmentProjectView::enterpriseId, enterprises::getAll);
    }
}
