package io.devzone.land.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.record.TrackedRecordResource;
import io.devzone.land.mapping.LandParcelInput;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.mapping.ParcelStatusChangeInput;
import io.devzone.land.mapping.ParcelStatusChangeView;
import io.devzone.land.service.LandParcelFilter;
import io.devzone.land.service.LandParcelService;

@Path("/api/land-parcels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Land parcels", description = "地块: parcels acquired, levelled and supplied to investment projects")
public class LandParcelResource
        extends TrackedRecordResource<LandParcelService, LandParcelView, LandParcelInput> {

    @GET
    public Page<LandParcelView> list(@BeanParam LandParcelFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @POST
    @Path("{id}/status-changes")
    @Operation(summary = "Move the parcel one status forward on a date (PLANNED → ACQUIRING → ACQUIRED → LEVELLED →"
            + " SUPPLIED, naming the investment project); an illegal move is a 409 naming the allowed next status;"
            + " send the version you read")
    public LandParcelView changeStatus(UUID id, ParcelStatusChangeInput input) {
        return service.changeStatus(id, input);
    }

    @GET
    @Path("{id}/status-changes")
    @Operation(summary = "The dated history of its status, oldest first")
    public List<ParcelStatusChangeView> statusChanges(UUID id) {
        return service.statusChanges(id);
    }
}
