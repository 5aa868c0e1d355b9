package io.devzone.land.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.land.service.LandDisputeService;

@Path("/api/land-disputes")
@Tag(name = "Land disputes", description = "纠纷: disputes over land acquisition and their handling")
@RecordRest(service = LandDisputeService.class, history = true)
public class LandDisputeResource extends LandDisputeResourceRecords {
}
