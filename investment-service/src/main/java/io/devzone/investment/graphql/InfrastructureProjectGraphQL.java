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
import io.devzone.investment.mapping.InfrastructureProjectInput;
import io.devzone.investment.mapping.InfrastructureProjectView;
import io.devzone.investment.service.InfrastructureProjectFilter;
import io.devzone.investment.service.InfrastructureProjectService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class InfrastructureProjectGraphQL {

    private final InfrastructureProjectService service;

    InfrastructureProjectGraphQL(InfrastructureProjectService service) {
        this.service = service;
    }

    @Query
    @Description("One infrastructure project by id")
    public InfrastructureProjectView infrastructureProject(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Infrastructure projects, filtered, sorted (e.g. \"-budgetCny\") and paged (pages count from 0)")
    public Page<InfrastructureProjectView> infrastructureProjects(InfrastructureProjectFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public InfrastructureProjectView createInfrastructureProject(@NonNull InfrastructureProjectInput input) {
        return service.create(input);
    }

    @Mutation
    public InfrastructureProjectView updateInfrastructureProject(@Id @NonNull String id, @NonNull InfrastructureProjectInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a infrastructure project; returns its id")
    @Id
    public UUID deleteInfrastructureProject(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for InfrastructureProject: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<InfrastructureProjectView> infrastructureProjectsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("Who changed the money fields, when, from what to what (investment and leaders only)")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<InfrastructureProjectView> infrastructureProjects) {
        return RecordFields.histories(service, infrastructureProjects);
    }
}
