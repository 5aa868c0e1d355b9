package io.devzone.investment.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.investment.service.EnterpriseMonthlyFigureService;

@Path("/api/enterprise-monthly-figures")
@Tag(name = "Enterprise monthly figures", description = "企业月度指标: tax paid, industrial added value, fixed-asset investment")
@RecordRest(service = EnterpriseMonthlyFigureService.class, history = true)
public class EnterpriseMonthlyFigureResource extends EnterpriseMonthlyFigureResourceRecords {
}
