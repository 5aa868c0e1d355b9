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
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.investment.mapping.EnterpriseInput;
import io.devzone.investment.mapping.EnterpriseView;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.service.EnterpriseFilter;
import io.devzone.investment.service.EnterpriseService;
import io.devzone.investment.service.InvestmentProjectService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class EnterpriseGraphQL {

    private final EnterpriseService enterprises;
    private final InvestmentProjectService projects;

    EnterpriseGraphQL(EnterpriseService enterprises, InvestmentProjectService projects) {
        this.enterprises = enterprises;
        this.projects = projects;
    }

    @Query
    @Description("One enterprise (企业) by id")
    public EnterpriseView enterprise(@Id @NonNull String id) {
        return enterprises.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Enterprises, filtered, sorted (e.g. \"-name\") and paged (pages count from 0)")
    public Page<EnterpriseView> enterprises(EnterpriseFilter filter, Integer page, Integer size, String sort) {
        return enterprises.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public EnterpriseView createEnterprise(@NonNull EnterpriseInput input) {
        return enterprises.create(input);
    }

    @Mutation
    public EnterpriseView updateEnterprise(@Id @NonNull String id, @NonNull EnterpriseInput input) {
        return enterprises.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes an enterprise that invests in no project; returns its id")
    @Id
    public UUID deleteEnterprise(@Id @NonNull String id) {
        return RecordFields.delete(enterprises, id);
    }

    /** {@code _entities} for Enterprise: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<EnterpriseView> enterprisesById(List<String> id) {
        return RecordFields.byIds(enterprises, id);
    }

    @Description("The investment projects this enterprise invests in")
    public List<List<InvestmentProjectView>> investmentProjects(@Source List<EnterpriseView> enterprises) {
        return projects.ofEnterprises(RecordFields.ids(enterprises));
    }
}
