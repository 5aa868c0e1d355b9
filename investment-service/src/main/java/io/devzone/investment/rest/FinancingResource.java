package io.devzone.investment.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.investment.service.FinancingService;

@Path("/api/financings")
@Tag(name = "Financing", description = "融资: loans and subsidies arranged and received")
@RecordRest(service = FinancingService.class, history = true)
public class FinancingResource extends FinancingResourceRecords {
}
