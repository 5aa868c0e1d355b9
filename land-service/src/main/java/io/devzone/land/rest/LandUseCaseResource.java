package io.devzone.land.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.land.service.LandUseCaseService;

@Path("/api/land-use-cases")
@Tag(name = "Land-use cases", description = "用地报批: land-use cases, handled once approved")
@RecordRest(service = LandUseCaseService.class, history = true)
public class LandUseCaseResource extends LandUseCaseResourceRecords {
}
