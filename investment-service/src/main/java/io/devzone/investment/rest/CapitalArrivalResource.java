package io.devzone.investment.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.investment.service.CapitalArrivalService;

@Path("/api/capital-arrivals")
@Tag(name = "Capital in place", description = "到位资金: dated arrivals of capital per project")
@RecordRest(service = CapitalArrivalService.class, history = true)
public class CapitalArrivalResource extends CapitalArrivalResourceRecords {
}
