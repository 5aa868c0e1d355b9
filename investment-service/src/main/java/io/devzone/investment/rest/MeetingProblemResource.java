package io.devzone.investment.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.investment.service.MeetingProblemService;

@Path("/api/meeting-problems")
@Tag(name = "Meeting problems", description = "存在的问题: problems raised at scheduling meetings, until resolved")
@RecordRest(service = MeetingProblemService.class, creatable = false)
public class MeetingProblemResource extends MeetingProblemResourceRecords {
}
