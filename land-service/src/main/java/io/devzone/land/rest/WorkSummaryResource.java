package io.devzone.land.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.land.mapping.LandSummary;
import io.devzone.land.service.WorkSummaryService;

@Path("/api/work-summary")
@Tag(name = "Work summary", description = "The land section of the zone's work summary, computed from the records")
@Produces(MediaType.APPLICATION_JSON)
public class WorkSummaryResource {

    private final WorkSummaryService summaries;

    WorkSummaryResource(WorkSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "The land section for a period, e.g. from=2011-01-01&to=2011-06-30 (both days inclusive)")
    public LandSummary get(@QueryParam("from") String from, @QueryParam("to") String to) {
        return summaries.summary(from, to);
    }
}
