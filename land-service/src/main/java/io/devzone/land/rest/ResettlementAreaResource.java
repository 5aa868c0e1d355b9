package io.devzone.land.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.land.service.ResettlementAreaService;

@Path("/api/resettlement-areas")
@Tag(name = "Resettlement areas", description = "安置区: resettlement areas (陈家湾, 龙泉头)")
@RecordRest(service = ResettlementAreaService.class)
public class ResettlementAreaResource extends ResettlementAreaResourceRecords {
}
