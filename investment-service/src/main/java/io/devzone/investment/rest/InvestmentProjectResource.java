package io.devzone.investment.rest;

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
import io.devzone.investment.mapping.InvestmentProjectInput;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.mapping.StageChangeInput;
import io.devzone.investment.mapping.StageChangeView;
import io.devzone.investment.service.InvestmentProjectFilter;
import io.devzone.investment.service.InvestmentProjectService;

@Path("/api/investment-projects")
@Tag(name = "Investment projects", description = "招商项目: projects followed through the investment pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvestmentProjectResource {

    private final InvestmentProjectService service;

    InvestmentProjectResource(InvestmentProjectService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List investment projects, filtered, sorted and paged")
    public Page<InvestmentProjectView> list(@BeanParam InvestmentProjectFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one investment project")
    public InvestmentProjectView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record an investment project")
    public RestResponse<InvestmentProjectView> create(InvestmentProjectInput input) {
        InvestmentProjectView created = service.create(input);
        return Created.at("/api/investment-projects", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an investment project (its stage moves only by stage changes); send the version you read")
    public InvestmentProjectView update(UUID id, InvestmentProjectInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("{id}/stage-changes")
    @Operation(summary = "Move the project to its next stage (or DROPPED) on a date; an illegal move is a 409 naming"
            + " the allowed next stages; send the version you read")
    public InvestmentProjectView changeStage(UUID id, StageChangeInput input) {
        return service.changeStage(id, input);
    }

    @GET
    @Path("{id}/stage-changes")
    @Operation(summary = "The project's dated moves along the pipeline, oldest first")
    public List<StageChangeView> stageChanges(UUID id) {
        return service.stageChanges(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed the project's stage and agreed investment, when, from what to what"
            + " (investment and leaders only)")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an investment project")
    public void delete(UUID id) {
        service.delete(id);
    }
}
