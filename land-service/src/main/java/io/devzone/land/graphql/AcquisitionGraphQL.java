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
import io.devzone.land.mapping.AcquisitionInput;
import io.devzone.land.mapping.AcquisitionView;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.service.AcquisitionFilter;
import io.devzone.land.service.AcquisitionService;
import io.devzone.land.service.LandParcelService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class AcquisitionGraphQL {

    private final AcquisitionService service;
    private final LandParcelService parcels;

    AcquisitionGraphQL(AcquisitionService service, LandParcelService parcels) {
        this.service = service;
        this.parcels = parcels;
    }

    @Query
    @Description("One acquisition (征地) by id")
    public AcquisitionView acquisition(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Acquisitions, filtered, sorted (e.g. \"-acquiredOn\") and paged")
    public Page<AcquisitionView> acquisitions(AcquisitionFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public AcquisitionView createAcquisition(@NonNull AcquisitionInput input) {
        return service.create(input);
    }

    @Mutation
    public AcquisitionView updateAcquisition(@Id @NonNull String id, @NonNull AcquisitionInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes an acquisition; returns its id")
    @Id
    public UUID deleteAcquisition(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for Acquisition: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<AcquisitionView> acquisitionsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("Who changed the compensation or area when: land department and leaders only")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<AcquisitionView> acquisitions) {
        return RecordFields.histories(service, acquisitions);
    }

    @Description("The parcel acquired")
    public List<LandParcelView> parcel(@Source List<AcquisitionView> acquisitions) {
        return RecordFields.referenced(acquisitions, AcquisitionView::parcelId, parcels::getAll);
    }
}
