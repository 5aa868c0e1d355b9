package io.devzone.party.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.Endpoint;
import io.devzone.codegen.RecordRest;
import io.devzone.party.service.PartyMemberService;

@Path("/api/party-members")
@Tag(name = "Party members", description = "发展党员: member development, APPLICANT → ACTIVIST → DEVELOPMENT_TARGET →"
        + " PROBATIONARY → FULL. Name, identityNumber and phone are shown to party-affairs and leaders only; for"
        + " anyone else they are null and listed in redactedFields.")
@RecordRest(service = PartyMemberService.class, history = true, endpoints = {
        @Endpoint(post = "steps", calls = "takeStep")})
public class PartyMemberResource extends PartyMemberResourceRecords {
}
