package io.devzone.land.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.codegen.Reference;
import io.devzone.land.service.AcquisitionService;
import io.devzone.land.service.LandParcelService;

@GraphQLApi
@RecordGraphQL(service = AcquisitionService.class, plural = "acquisitions",
        get = "One acquisition (征地) by id",
        list = "Acquisitions, filtered, sorted (e.g. \"-acquiredOn\") and paged",
        history = "Who changed the compensation or area when: land department and leaders only",
        references = @Reference(field = "parcel", id = "parcelId", service = LandParcelService.class,
                description = "The parcel acquired"))
public class AcquisitionGraphQL extends AcquisitionGraphQLRecords {
}
