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
import io.devzone.land.mapping.LandDisputeInput;
import io.devzone.land.mapping.LandDisputeView;
import io.devzone.land.service.LandDisputeFilter;
import io.devzone.land.service.LandDisputeService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class LandDisputeGraphQL {

    private final LandDisputeService service;

    LandDisputeGraphQL(LandDisputeService service) {
        this.service = service;
    }

    @Query
    @Description("One land dispute (纠纷) by id")
    public LandDisputeView landDispute(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Land disputes, filtered, sorted (e.g. \"-raisedOn\") and paged")
    public Page<LandDisputeView> landDisputes(LandDisputeFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public LandDisputeView createLandDispute(@NonNull LandDisputeInput input) {
        return service.create(input);
    }

    @Mutation
    public LandDisputeView updateLandDispute(@Id @NonNull String id, @NonNull LandDisputeInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a land dispute; returns its id")
    @Id
    public UUID deleteLandDispute(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for LandDispute: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<LandDisputeView> landDisputesById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("Who changed the status when: land department and leaders only")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<LandDisputeView> landDisputes) {
        return RecordFields.histories(service, landDisputes);
    }
}
