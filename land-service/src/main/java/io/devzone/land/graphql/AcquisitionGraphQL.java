package io.devzone.land.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.land.mapping.AcquisitionInput;
import io.devzone.land.mapping.AcquisitionView;
import io.devzone.land.mapping.LandDisputeInput;
import io.devzone.land.mapping.LandDisputeView;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.service.AcquisitionFilter;
import io.devzone.land.service.AcquisitionService;
import io.devzone.land.service.LandDisputeFilter;
import io.devzone.land.service.LandDisputeService;
import io.devzone.land.service.LandParcelService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

/** Acquisitions (征地) and disputes (纠纷). */
@GraphQLApi
public class AcquisitionGraphQL {

    private final AcquisitionService acquisitions;
    private final LandDisputeService disputes;
    private final LandParcelService parcels;

    AcquisitionGraphQL(AcquisitionService acquisitions, LandDisputeService disputes, LandParcelService parcels) {
        this.acquisitions = acquisitions;
        this.disputes = disputes;
        this.parcels = parcels;
    }

    @Query
    @Description("One acquisition (征地) by id")
    public AcquisitionView acquisition(@Id @NonNull String id) {
        return acquisitions.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Acquisitions, filtered, sorted (e.g. \"-acquiredOn\") and paged")
    public Page<AcquisitionView> acquisitions(AcquisitionFilter filter, Integer page, Integer size, String sort) {
        return acquisitions.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public AcquisitionView createAcquisition(@NonNull AcquisitionInput input) {
        return acquisitions.create(input);
    }

    @Mutation
    public AcquisitionView updateAcquisition(@Id @NonNull String id, @NonNull AcquisitionInput input) {
        return acquisitions.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Id
    @Description("Deletes an acquisition; returns its id")
    public UUID deleteAcquisition(@Id @NonNull String id) {
        UUID parsed = Ids.parse(id, "id");
        acquisitions.delete(parsed);
        return parsed;
    }

    @Resolver
    @Blocking
    public List<AcquisitionView> acquisitionsById(List<String> id) {
        return acquisitions.getAll(Ids.parseEach(id));
    }

    @Description("Who changed the compensation or area when: land department and leaders only")
    @Name("history")
    @Nullable // withheld from other departments: the record still arrives, with a FORBIDDEN error here
    public List<@NonNull ChangeView> acquisitionHistory(@Source AcquisitionView acquisition) {
        return acquisitions.history(acquisition.id());
    }

    @Description("The parcel acquired")
    public List<LandParcelView> parcel(@Source List<AcquisitionView> list) {
        return parcels.getAll(list.stream().map(AcquisitionView::parcelId).toList());
    }

    @Query
    @Description("One land dispute (纠纷) by id")
    public LandDisputeView landDispute(@Id @NonNull String id) {
        return disputes.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Land disputes, filtered, sorted (e.g. \"-raisedOn\") and paged")
    public Page<LandDisputeView> landDisputes(LandDisputeFilter filter, Integer page, Integer size, String sort) {
        return disputes.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public LandDisputeView createLandDispute(@NonNull LandDisputeInput input) {
        return disputes.create(input);
    }

    @Mutation
    public LandDisputeView updateLandDispute(@Id @NonNull String id, @NonNull LandDisputeInput input) {
        return disputes.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Id
    @Description("Deletes a land dispute; returns its id")
    public UUID deleteLandDispute(@Id @NonNull String id) {
        UUID parsed = Ids.parse(id, "id");
        disputes.delete(parsed);
        return parsed;
    }

    @Resolver
    @Blocking
    public List<LandDisputeView> landDisputesById(List<String> id) {
        return disputes.getAll(Ids.parseEach(id));
    }

    @Description("Who changed the status when: land department and leaders only")
    @Name("history")
    @Nullable // withheld from other departments: the record still arrives, with a FORBIDDEN error here
    public List<@NonNull ChangeView> disputeHistory(@Source LandDisputeView dispute) {
        return disputes.history(dispute.id());
    }
}
