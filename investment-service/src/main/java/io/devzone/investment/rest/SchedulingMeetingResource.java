package io.devzone.investment.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.devzone.codegen.RecordRest;
import io.devzone.commons.rest.Created;
import io.devzone.investment.mapping.MeetingProblemInput;
import io.devzone.investment.mapping.MeetingProblemView;
import io.devzone.investment.service.MeetingProblemService;
import io.devzone.investment.service.SchedulingMeetingService;

@Path("/api/scheduling-meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scheduling meetings", description = "调度会: weekly, monthly and special scheduling meetings")
@RecordRest(service = SchedulingMeetingService.class)
public class SchedulingMeetingResource extends SchedulingMeetingResourceRecords {

    @Inject
    MeetingProblemService problems;

    @POST
    @Path("{id}/problems")
    @Operation(summary = "Record a problem raised at this meeting, with its owner and due date")
    public RestResponse<MeetingProblemView> raiseProblem(UUID id, MeetingProblemInput input) {
        MeetingProblemView created = problems.raise(id, input);
        return Created.at("/api/meeting-problems", created.id(), created);
    }
}
