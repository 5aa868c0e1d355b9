package io.devzone.land.rest;

import java.net.URI;
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

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.land.mapping.ResettlementAreaInput;
import io.devzone.land.mapping.ResettlementAreaView;
import io.devzone.land.service.ResettlementAreaFilter;
import io.devzone.land.service.ResettlementService;

@Path("/api/resettlement-areas")
@Tag(name = "Resettlement areas", description = "安置区: resettlement areas (陈家湾, 龙泉头)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResettlementAreaResource {

    private final ResettlementService service;

    ResettlementAreaResource(ResettlementService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List resettlement areas, filtered, sorted and paged")
    public Page<ResettlementAreaView> list(@BeanParam ResettlementAreaFilter filter, @BeanParam PageParams page) {
        return service.listAreas(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one resettlement area")
    public ResettlementAreaView get(UUID id) {
        return service.getArea(id);
    }

    @POST
    @Operation(summary = "Record a resettlement area")
    public RestResponse<ResettlementAreaView> create(ResettlementAreaInput input) {
        ResettlementAreaView created = service.createArea(input);
        return RestResponse.ResponseBuilder.<ResettlementAreaView>created(
                URI.create("/api/resettlement-areas/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a resettlement area; send the version you read")
    public ResettlementAreaView update(UUID id, ResettlementAreaInput input) {
        return service.updateArea(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a resettlement area without plots")
    public void delete(UUID id) {
        service.deleteArea(id);
    }
}
