package io.devzone.land.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.Endpoint;
import io.devzone.codegen.RecordRest;
import io.devzone.land.service.RelocationHouseholdService;

@Path("/api/relocation-households")
@Tag(name = "Relocation households", description = "拆迁户: relocated households. Personal data (headName, idNumber, phone, members) is readable only with role land or leader: other callers get the record with those fields null, their names in redactedFields and the reason in redactionNote. Searching by idNumber or phone (exact match) is refused with 403 for them.")
@RecordRest(service = RelocationHouseholdService.class, history = true, endpoints = {
        @Endpoint(post = "status-changes", calls = "changeStatus"), @Endpoint(post = "plot-assignment", calls = "assignPlot")})
public class RelocationHouseholdResource extends RelocationHouseholdResourceRecords {
}
