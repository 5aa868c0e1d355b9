package io.devzone.land.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.land.service.ResettlementPlotService;

@Path("/api/resettlement-plots")
@Tag(name = "Resettlement plots", description = "Plots of the resettlement areas, each assigned to at most one household")
@RecordRest(service = ResettlementPlotService.class)
public class ResettlementPlotResource extends ResettlementPlotResourceRecords {
}
