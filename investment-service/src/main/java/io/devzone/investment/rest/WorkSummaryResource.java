package io.devzone.investment.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.investment.mapping.WorkSummary;
import io.devzone.investment.service.WorkSummaryService;

@Path("/api/work-summary")
@Tag(name = "Work summary", description = "工作总结: the investment section, computed from the records of a period")
@Produces(MediaType.APPLICATION_JSON)
public class WorkSummaryResource {

    private final WorkSummaryService summaries;

    WorkSummaryResource(WorkSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "The investment section of the work summary for from..to (ISO dates, both inclusive)")
    public WorkSummary get(@QueryParam("from") String from, @QueryParam("to") String to) {
        return summaries.summary(from, to);
    }
}
