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
import io.devzone.land.mapping.LandUseCaseInput;
import io.devzone.land.mapping.LandUseCaseView;
import io.devzone.land.service.LandUseCaseFilter;
import io.devzone.land.service.LandUseCaseService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class LandUseCaseGraphQL {

    private final LandUseCaseService service;

    LandUseCaseGraphQL(LandUseCaseService service) {
        this.service = service;
    }

    @Query
    @Description("One land-use case (用地报批) by id")
    public LandUseCaseView landUseCase(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Land-use cases, filtered, sorted (e.g. \"-approvedOn\") and paged")
    public Page<LandUseCaseView> landUseCases(LandUseCaseFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public LandUseCaseView createLandUseCase(@NonNull LandUseCaseInput input) {
        return service.create(input);
    }

    @Mutation
    public LandUseCaseView updateLandUseCase(@Id @NonNull String id, @NonNull LandUseCaseInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a land-use case; returns its id")
    @Id
    public UUID deleteLandUseCase(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for LandUseCase: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<LandUseCaseView> landUseCasesById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("Who changed the approval when: land department and leaders only")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<LandUseCaseView> landUseCases) {
        return RecordFields.histories(service, landUseCases);
    }
}
