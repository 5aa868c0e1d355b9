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
import io.devzone.land.mapping.ResettlementPlotInput;
import io.devzone.land.mapping.ResettlementPlotView;
import io.devzone.land.service.ResettlementPlotFilter;
import io.devzone.land.service.ResettlementService;

@Path("/api/resettlement-plots")
@Tag(name = "Resettlement plots", description = "Plots of the resettlement areas, each assigned to at most one household")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResettlementPlotResource {

    private final ResettlementService service;

    ResettlementPlotResource(ResettlementService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List resettlement plots, filtered, sorted and paged")
    public Page<ResettlementPlotView> list(@BeanParam ResettlementPlotFilter filter, @BeanParam PageParams page) {
        return service.listPlots(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one resettlement plot")
    public ResettlementPlotView get(UUID id) {
        return service.getPlot(id);
    }

    @POST
    @Operation(summary = "Record a resettlement plot")
    public RestResponse<ResettlementPlotView> create(ResettlementPlotInput input) {
        ResettlementPlotView created = service.createPlot(input);
        return RestResponse.ResponseBuilder.<ResettlementPlotView>created(
                URI.create("/api/resettlement-plots/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a resettlement plot; send the version you read")
    public ResettlementPlotView update(UUID id, ResettlementPlotInput input) {
        return service.updatePlot(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a plot not assigned to a household")
    public void delete(UUID id) {
        service.deletePlot(id);
    }
}
