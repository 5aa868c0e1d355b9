package io.devzone.party.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.party.mapping.PartyAffairsSummary;
import io.devzone.party.service.WorkSummaryService;

@Path("/api/work-summary")
@Tag(name = "Work summary", description = "工作总结: this department's section, counted from its records")
@Produces(MediaType.APPLICATION_JSON)
public class WorkSummaryResource {

    private final WorkSummaryService summaries;

    WorkSummaryResource(WorkSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "The Party-building figures for a period, from and to inclusive (e.g. 2011-01-01, 2011-06-30)")
    public PartyAffairsSummary get(@QueryParam("from") String from, @QueryParam("to") String to) {
        return summaries.summary(from, to);
    }
}
