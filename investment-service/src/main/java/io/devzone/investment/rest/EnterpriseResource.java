package io.devzone.investment.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.investment.service.EnterpriseService;

@Path("/api/enterprises")
@Tag(name = "Enterprises", description = "企业: enterprises in the zone's parks")
@RecordRest(service = EnterpriseService.class)
public class EnterpriseResource extends EnterpriseResourceRecords {
}
