package io.devzone.party.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.party.service.PartyHonourService;

@Path("/api/party-honours")
@Tag(name = "Party honours", description = "表彰: advanced grassroots organisations, outstanding members and Party"
        + " workers")
@RecordRest(service = PartyHonourService.class)
public class PartyHonourResource extends PartyHonourResourceRecords {
}
