package io.devzone.party.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.party.service.PartyOrganisationService;

@Path("/api/party-organisations")
@Tag(name = "Party organisations", description = "党组织: the zone Party committee and its branches, as a tree")
@RecordRest(service = PartyOrganisationService.class)
public class PartyOrganisationResource extends PartyOrganisationResourceRecords {
}
