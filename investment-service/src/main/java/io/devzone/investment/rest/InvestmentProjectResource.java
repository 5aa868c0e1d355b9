package io.devzone.investment.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.Endpoint;
import io.devzone.codegen.RecordRest;
import io.devzone.investment.service.InvestmentProjectService;

@Path("/api/investment-projects")
@Tag(name = "Investment projects", description = "招商项目: projects followed through the investment pipeline")
@RecordRest(service = InvestmentProjectService.class, history = true, endpoints = {
        @Endpoint(post = "stage-changes", calls = "changeStage"), @Endpoint(get = "stage-changes", calls = "stageChanges")})
public class InvestmentProjectResource extends InvestmentProjectResourceRecords {
}
