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
import io.devzone.land.mapping.AcquisitionInput;
import io.devzone.land.mapping.AcquisitionView;
import io.devzone.land.service.AcquisitionFilter;
import io.devzone.land.service.AcquisitionService;

@Path("/api/acquisitions")
@Tag(name = "Acquisitions", description = "征地: acquisitions of land parcels; a parcel's acquired total never exceeds its area")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AcquisitionResource {

    private final AcquisitionService service;

    AcquisitionResource(AcquisitionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List, filtered, sorted and paged")
    public Page<AcquisitionView> list(@BeanParam AcquisitionFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one")
    public AcquisitionView get(UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Its change history (who, when, old, new), oldest first: land department and leaders only")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }

    @POST
    @Operation(summary = "Record one")
    public RestResponse<AcquisitionView> create(AcquisitionInput input) {
        AcquisitionView created = service.create(input);
        return Created.at("/api/acquisitions", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change one; send the version you read")
    public AcquisitionView update(UUID id, AcquisitionInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one")
    public void delete(UUID id) {
        service.delete(id);
    }
}
