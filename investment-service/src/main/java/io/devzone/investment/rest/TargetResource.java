package io.devzone.investment.rest;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.record.TrackedRecordResource;
import io.devzone.investment.mapping.TargetInput;
import io.devzone.investment.mapping.TargetProgress;
import io.devzone.investment.mapping.TargetView;
import io.devzone.investment.service.TargetFilter;
import io.devzone.investment.service.TargetService;

@Path("/api/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "年度目标任务: annual targets per indicator")
public class TargetResource extends TrackedRecordResource<TargetService, TargetView, TargetInput> {

    @GET
    public Page<TargetView> list(@BeanParam TargetFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "The target's completion and year-on-year growth from 1 January to `to` (default 31 December), computed from the records")
    public TargetProgress progress(UUID id, @QueryParam("to") String to) {
        return service.progress(id, to);
    }
}
