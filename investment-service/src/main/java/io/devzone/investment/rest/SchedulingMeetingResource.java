package io.devzone.investment.rest;

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
import io.devzone.commons.rest.Created;
import io.devzone.investment.mapping.MeetingProblemInput;
import io.devzone.investment.mapping.MeetingProblemView;
import io.devzone.investment.mapping.SchedulingMeetingInput;
import io.devzone.investment.mapping.SchedulingMeetingView;
import io.devzone.investment.service.SchedulingMeetingFilter;
import io.devzone.investment.service.SchedulingMeetingService;

@Path("/api/scheduling-meetings")
@Tag(name = "Scheduling meetings", description = "调度会: weekly, monthly and special scheduling meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchedulingMeetingResource {

    private final SchedulingMeetingService service;

    SchedulingMeetingResource(SchedulingMeetingService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List scheduling meetings, filtered, sorted and paged")
    public Page<SchedulingMeetingView> list(@BeanParam SchedulingMeetingFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one scheduling meeting")
    public SchedulingMeetingView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record a scheduling meeting")
    public RestResponse<SchedulingMeetingView> create(SchedulingMeetingInput input) {
        SchedulingMeetingView created = service.create(input);
        return Created.at("/api/scheduling-meetings", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a scheduling meeting; send the version you read")
    public SchedulingMeetingView update(UUID id, SchedulingMeetingInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("{id}/problems")
    @Operation(summary = "Record a problem raised at this meeting, with its owner and due date")
    public RestResponse<MeetingProblemView> raiseProblem(UUID id, MeetingProblemInput input) {
        MeetingProblemView created = service.raiseProblem(id, input);
        return Created.at("/api/meeting-problems", created.id(), created);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a scheduling meeting")
    public void delete(UUID id) {
        service.delete(id);
    }
}
