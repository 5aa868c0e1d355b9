package io.devzone.party.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.party.service.PartyActivityService;

@Path("/api/party-activities")
@Tag(name = "Party activities", description = "活动: Party lectures, democratic life meetings, trainings, job fairs, …")
@RecordRest(service = PartyActivityService.class)
public class PartyActivityResource extends PartyActivityResourceRecords {
}
