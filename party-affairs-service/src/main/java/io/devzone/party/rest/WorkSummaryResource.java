package io.devzone.party.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.rest.PeriodSummaryResource;
import io.devzone.party.mapping.PartyAffairsSummary;
import io.devzone.party.service.WorkSummaryService;

@Path("/api/work-summary")
@Tag(name = "Work summary", description = "工作总结: this department's section, counted from its records")
@Produces(MediaType.APPLICATION_JSON)
public class WorkSummaryResource extends PeriodSummaryResource<WorkSummaryService, PartyAffairsSummary> {
}
