package io.devzone.land.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.land.mapping.ResettlementAreaInput;
import io.devzone.land.mapping.ResettlementAreaView;
import io.devzone.land.service.ResettlementAreaFilter;
import io.devzone.land.service.ResettlementAreaService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class ResettlementAreaGraphQL {

    private final ResettlementAreaService service;

    ResettlementAreaGraphQL(ResettlementAreaService service) {
        this.service = service;
    }

    @Query
    @Description("One resettlement area (安置区) by id")
    public ResettlementAreaView resettlementArea(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Resettlement areas, filtered, sorted and paged")
    public Page<ResettlementAreaView> resettlementAreas(ResettlementAreaFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public ResettlementAreaView createResettlementArea(@NonNull ResettlementAreaInput input) {
        return service.create(input);
    }

    @Mutation
    public ResettlementAreaView updateResettlementArea(@Id @NonNull String id, @NonNull ResettlementAreaInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a resettlement area without plots; returns its id")
    @Id
    public UUID deleteResettlementArea(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for ResettlementArea: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<ResettlementAreaView> resettlementAreasById(List<String> id) {
        return RecordFields.byIds(service, id);
    }
}
