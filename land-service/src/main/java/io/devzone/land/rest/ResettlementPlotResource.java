package io.devzone.land.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.record.RecordResource;
import io.devzone.land.mapping.ResettlementPlotInput;
import io.devzone.land.mapping.ResettlementPlotView;
import io.devzone.land.service.ResettlementPlotFilter;
import io.devzone.land.service.ResettlementPlotService;

@Path("/api/resettlement-plots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resettlement plots", description = "Plots of the resettlement areas, each assigned to at most one household")
public class ResettlementPlotResource
        extends RecordResource<ResettlementPlotService, ResettlementPlotView, ResettlementPlotInput> {

    @GET
    public Page<ResettlementPlotView> list(@BeanParam ResettlementPlotFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
