package io.devzone.investment.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.Endpoint;
import io.devzone.codegen.RecordRest;
import io.devzone.investment.service.TargetService;

@Path("/api/targets")
@Tag(name = "Targets", description = "年度目标任务: annual targets per indicator")
@RecordRest(service = TargetService.class, history = true, endpoints = {
        @Endpoint(get = "progress", calls = "progressUntil")})
public class TargetResource extends TargetResourceRecords {
}
