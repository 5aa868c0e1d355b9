package io.devzone.land.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.Endpoint;
import io.devzone.codegen.RecordRest;
import io.devzone.land.service.LandParcelService;

@Path("/api/land-parcels")
@Tag(name = "Land parcels", description = "地块: parcels acquired, levelled and supplied to investment projects")
@RecordRest(service = LandParcelService.class, history = true, endpoints = {
        @Endpoint(post = "status-changes", calls = "changeStatus"), @Endpoint(get = "status-changes", calls = "statusChanges")})
public class LandParcelResource extends LandParcelResourceRecords {
}
