package io.devzone.investment.rest;

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
import io.devzone.investment.mapping.InvestmentProjectInput;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.mapping.StageChangeInput;
import io.devzone.investment.mapping.StageChangeView;
import io.devzone.investment.service.InvestmentProjectFilter;
import io.devzone.investment.service.InvestmentProjectService;

@Path("/api/investment-projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Investment projects", description = "招商项目: projects followed through the investment pipeline")
public class InvestmentProjectResource
        extends TrackedRecordResource<InvestmentProjectService, InvestmentProjectView, InvestmentProjectInput> {

    @GET
    public Page<InvestmentProjectView> list(@BeanParam InvestmentProjectFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
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
}
