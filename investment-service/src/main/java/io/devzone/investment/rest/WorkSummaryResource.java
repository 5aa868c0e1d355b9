package io.devzone.investment.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.rest.PeriodSummaryResource;
import io.devzone.investment.mapping.WorkSummary;
import io.devzone.investment.service.WorkSummaryService;

@Path("/api/work-summary")
@Tag(name = "Work summary", description = "工作总结: the investment section, computed from the records of a period")
@Produces(MediaType.APPLICATION_JSON)
public class WorkSummaryResource extends PeriodSummaryResource<WorkSummaryService, WorkSummary> {
}
