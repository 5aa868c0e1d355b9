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
import io.devzone.land.mapping.InvestmentProjectRef;
import io.devzone.land.mapping.LandParcelInput;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.mapping.ParcelStatusChangeInput;
import io.devzone.land.mapping.ParcelStatusChangeView;
import io.devzone.land.service.LandParcelFilter;
import io.devzone.land.service.LandParcelService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class LandParcelGraphQL {

    private final LandParcelService service;
    private final InvestmentProjectRefs projects;

    LandParcelGraphQL(LandParcelService service, InvestmentProjectRefs projects) {
        this.service = service;
        this.projects = projects;
    }

    @Query
    @Description("One land parcel (地块) by id")
    public LandParcelView landParcel(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Land parcels, filtered, sorted (e.g. \"-areaMu\") and paged (pages count from 0)")
    public Page<LandParcelView> landParcels(LandParcelFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public LandParcelView createLandParcel(@NonNull LandParcelInput input) {
        return service.create(input);
    }

    @Mutation
    @Description("Changes a land parcel; its status moves only by changeLandParcelStatus")
    public LandParcelView updateLandParcel(@Id @NonNull String id, @NonNull LandParcelInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Moves a land parcel one status forward on a date; an illegal move is a CONFLICT naming the allowed"
            + " next status")
    public LandParcelView changeLandParcelStatus(@Id @NonNull String id, @NonNull ParcelStatusChangeInput input) {
        return service.changeStatus(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a land parcel; returns its id")
    @Id
    public UUID deleteLandParcel(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for LandParcel: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<LandParcelView> landParcelsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("The dated history of its status, oldest first")
    public List<List<ParcelStatusChangeView>> statusChanges(@Source List<LandParcelView> landParcels) {
        return RecordFields.perParent(landParcels, LandParcelView::id, service::statusChanges, List.of());
    }

    @Description("Who changed the status or project when: land department and leaders only")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<LandParcelView> landParcels) {
        return RecordFields.histories(service, landParcels);
    }

    @Description("The investment project the parcel is supplied to (resolved by investment-service)")
    public List<InvestmentProjectRef> investmentProject(@Source List<LandParcelView> landParcels) {
        return projects.of(landParcels.stream().map(LandParcelView::investmentProjectId).toList());
    }
}
