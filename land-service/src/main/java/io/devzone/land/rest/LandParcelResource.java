package io.devzone.land.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.rest.Created;
import io.devzone.land.mapping.LandParcelInput;
import io.devzone.land.mapping.LandParcelView;
import io.devzone.land.mapping.ParcelStatusChangeInput;
import io.devzone.land.mapping.ParcelStatusChangeView;
import io.devzone.land.service.LandParcelFilter;
import io.devzone.land.service.LandParcelService;

@Path("/api/land-parcels")
@Tag(name = "Land parcels", description = "地块: parcels acquired, levelled and supplied to investment projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LandParcelResource {

    private final LandParcelService service;

    LandParcelResource(LandParcelService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List land parcels, filtered, sorted and paged")
    public Page<LandParcelView> list(@BeanParam LandParcelFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one land parcel")
    public LandParcelView get(UUID id) {
        return service.get(id);
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

    @GET
    @Path("{id}/history")
    @Operation(summary = "Its status changes (who, when, old, new), oldest first: land department and leaders only")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }

    @POST
    @Operation(summary = "Record a land parcel")
    public RestResponse<LandParcelView> create(LandParcelInput input) {
        LandParcelView created = service.create(input);
        return Created.at("/api/land-parcels", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a land parcel (its status moves only by status changes); send the version you read")
    public LandParcelView update(UUID id, LandParcelInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a land parcel")
    public void delete(UUID id) {
        service.delete(id);
    }
}
