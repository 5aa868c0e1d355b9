package io.devzone.land.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.land.mapping.AcquisitionView;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.service.AcquisitionService;
import io.devzone.land.service.LandParcelService;

@GraphQLApi
@RecordGraphQL(service = AcquisitionService.class, plural = "acquisitions",
        get = "One acquisition (征地) by id",
        list = "Acquisitions, filtered, sorted (e.g. \"-acquiredOn\") and paged",
        delete = "Deletes an acquisition; returns its id",
        history = "Who changed the compensation or area when: land department and leaders only")
public class AcquisitionGraphQL extends AcquisitionGraphQLRecords {

    private final LandParcelService parcels;

    AcquisitionGraphQL(LandParcelService parcels) {
        this.parcels = parcels;
    }

    @Description("The parcel acquired")
    public List<LandParcelView> parcel(@Source List<AcquisitionView> acquisitions) {
        return RecordFields.referenced(acquisitions, AcquisitionView::parcelId, parcels::getAll);
    }
}
