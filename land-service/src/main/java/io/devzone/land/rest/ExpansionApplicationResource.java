package io.devzone.land.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.land.service.ExpansionApplicationService;

@Path("/api/expansion-applications")
@Tag(name = "Park expansion", description = "扩园申报: the park expansion application and its approval steps")
@RecordRest(service = ExpansionApplicationService.class, history = true)
public class ExpansionApplicationResource extends ExpansionApplicationResourceRecords {
}
