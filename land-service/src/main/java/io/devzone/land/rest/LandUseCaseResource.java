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
import io.devzone.land.mapping.LandUseCaseInput;
import io.devzone.land.mapping.LandUseCaseView;
import io.devzone.land.service.LandUseCaseFilter;
import io.devzone.land.service.LandUseCaseService;

@Path("/api/land-use-cases")
@Tag(name = "Land-use cases", description = "用地报批: land-use cases, handled once approved")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LandUseCaseResource {

    private final LandUseCaseService service;

    LandUseCaseResource(LandUseCaseService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List, filtered, sorted and paged")
    public Page<LandUseCaseView> list(@BeanParam LandUseCaseFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one")
    public LandUseCaseView get(UUID id) {
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
    public RestResponse<LandUseCaseView> create(LandUseCaseInput input) {
        LandUseCaseView created = service.create(input);
        return Created.at("/api/land-use-cases", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change one; send the version you read")
    public LandUseCaseView update(UUID id, LandUseCaseInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one")
    public void delete(UUID id) {
        service.delete(id);
    }
}
