package io.devzone.land.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.rest.PeriodSummaryResource;
import io.devzone.land.mapping.LandSummary;
import io.devzone.land.service.WorkSummaryService;

@Path("/api/work-summary")
@Tag(name = "Work summary", description = "The land section of the zone's work summary, computed from the records")
@Produces(MediaType.APPLICATION_JSON)
public class WorkSummaryResource extends PeriodSummaryResource<WorkSummaryService, LandSummary> {
}
