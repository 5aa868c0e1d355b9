package io.devzone.investment.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
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
import io.devzone.investment.mapping.TargetInput;
import io.devzone.investment.mapping.TargetProgress;
import io.devzone.investment.mapping.TargetView;
import io.devzone.investment.service.TargetFilter;
import io.devzone.investment.service.TargetService;

@Path("/api/targets")
@Tag(name = "Targets", description = "年度目标任务: annual targets per indicator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final TargetService service;

    TargetResource(TargetService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List targets, filtered, sorted and paged")
    public Page<TargetView> list(@BeanParam TargetFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one target")
    public TargetView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record a target")
    public RestResponse<TargetView> create(TargetInput input) {
        TargetView created = service.create(input);
        return Created.at("/api/targets", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a target; send the version you read")
    public TargetView update(UUID id, TargetInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a target")
    public void delete(UUID id) {
        service.delete(id);
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "The target's completion and year-on-year growth from 1 January to `to` (default 31 December), computed from the records")
    public TargetProgress progress(UUID id, @QueryParam("to") String to) {
        return service.progress(id, to);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed the money fields of this target, when, from what to what (investment and leaders only)")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }
}
