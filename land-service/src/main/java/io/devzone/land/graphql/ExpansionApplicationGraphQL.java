package io.devzone.land.graphql;

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
import io.devzone.land.mapping.ExpansionApplicationInput;
import io.devzone.land.mapping.ExpansionApplicationView;
import io.devzone.land.service.ExpansionApplicationFilter;
import io.devzone.land.service.ExpansionApplicationService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class ExpansionApplicationGraphQL {

    private final ExpansionApplicationService service;

    ExpansionApplicationGraphQL(ExpansionApplicationService service) {
        this.service = service;
    }

    @Query
    @Description("One park expansion application (扩园申报) by id")
    public ExpansionApplicationView expansionApplication(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Park expansion applications, filtered, sorted and paged")
    public Page<ExpansionApplicationView> expansionApplications(ExpansionApplicationFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public ExpansionApplicationView createExpansionApplication(@NonNull ExpansionApplicationInput input) {
        return service.create(input);
    }

    @Mutation
    public ExpansionApplicationView updateExpansionApplication(@Id @NonNull String id, @NonNull ExpansionApplicationInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes an expansion application; returns its id")
    @Id
    public UUID deleteExpansionApplication(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for ExpansionApplication: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<ExpansionApplicationView> expansionApplicationsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("Who changed which approval step when: land department and leaders only")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<ExpansionApplicationView> expansionApplications) {
        return RecordFields.histories(service, expansionApplications);
    }
}
