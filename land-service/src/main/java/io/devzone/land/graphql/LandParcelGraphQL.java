package io.devzone.land.graphql;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.land.mapping.InvestmentProjectRef;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.mapping.ParcelStatusChangeInput;
import io.devzone.land.mapping.ParcelStatusChangeView;
import io.devzone.land.service.LandParcelService;

@GraphQLApi
@RecordGraphQL(service = LandParcelService.class, plural = "landParcels",
        get = "One land parcel (地块) by id",
        sortedLike = "-areaMu",
        update = "Changes a land parcel; its status moves only by changeLandParcelStatus",
        history = "Who changed the status or project when: land department and leaders only")
public class LandParcelGraphQL extends LandParcelGraphQLRecords {

    @Inject
    InvestmentProjectRefs projects;

    @Mutation
    @Description("Moves a land parcel one status forward on a date; an illegal move is a CONFLICT naming the allowed"
            + " next status")
    public LandParcelView changeLandParcelStatus(@Id @NonNull String id, @NonNull ParcelStatusChangeInput input) {
        return service.changeStatus(Ids.parse(id, "id"), input);
    }

    @Description("The dated history of its status, oldest first")
    public List<List<ParcelStatusChangeView>> statusChanges(@Source List<LandParcelView> landParcels) {
        return RecordFields.perParent(landParcels, LandParcelView::id, service::statusChanges, List.of());
    }

    @Description("The investment project the parcel is supplied to (resolved by investment-service)")
    public List<InvestmentProjectRef> investmentProject(@Source List<LandParcelView> landParcels) {
        return projects.of(landParcels.stream().map(LandParcelView::investmentProjectId).toList());
    }
}
