package io.devzone.investment.rest;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.investment.mapping.MeetingProblemInput;
import io.devzone.investment.mapping.MeetingProblemView;
import io.devzone.investment.service.MeetingProblemFilter;
import io.devzone.investment.service.MeetingProblemService;

@Path("/api/meeting-problems")
@Tag(name = "Meeting problems", description = "存在的问题: problems raised at scheduling meetings, until resolved")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingProblemResource {

    private final MeetingProblemService service;

    MeetingProblemResource(MeetingProblemService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List problems, filtered (open=true for the unresolved, overdueOn=<date> for those past due"
            + " on that day), sorted and paged")
    public Page<MeetingProblemView> list(@BeanParam MeetingProblemFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one problem")
    public MeetingProblemView get(UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a problem, or resolve it with a resolution and resolvedOn; send the version you read")
    public MeetingProblemView update(UUID id, MeetingProblemInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a problem")
    public void delete(UUID id) {
        service.delete(id);
    }
}
