package io.devzone.investment.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.investment.service.InfrastructureProjectService;

@Path("/api/infrastructure-projects")
@Tag(name = "Infrastructure projects", description = "基础设施项目: roads, standard factories, utilities, landscaping")
@RecordRest(service = InfrastructureProjectService.class, history = true)
public class InfrastructureProjectResource extends InfrastructureProjectResourceRecords {
}
