package io.devzone.party.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.rest.Created;
import io.devzone.party.mapping.MemberStepInput;
import io.devzone.party.mapping.PartyMemberInput;
import io.devzone.party.mapping.PartyMemberView;
import io.devzone.party.service.PartyMemberFilter;
import io.devzone.party.service.PartyMemberService;

@Path("/api/party-members")
@Tag(name = "Party members", description = "发展党员: member development, APPLICANT → ACTIVIST → DEVELOPMENT_TARGET →"
        + " PROBATIONARY → FULL. Name, identityNumber and phone are shown to party-affairs and leaders only; for"
        + " anyone else they are null and listed in redactedFields.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyMemberResource {

    private final PartyMemberService service;

    PartyMemberResource(PartyMemberService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List members, filtered, sorted and paged (latest applications first unless sorted)")
    public Page<PartyMemberView> list(@BeanParam PartyMemberFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one member")
    public PartyMemberView get(UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The member's steps and changes, oldest first (party-affairs and leaders only)")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }

    @POST
    @Operation(summary = "Record an application for membership (the APPLICANT step, on appliedOn)")
    public RestResponse<PartyMemberView> create(PartyMemberInput input) {
        PartyMemberView created = service.create(input);
        return Created.at("/api/party-members", created.id(), created);
    }

    @POST
    @Path("{id}/steps")
    @Operation(summary = "Take the member's next step on a day; an illegal step is refused (409) with the reason")
    public PartyMemberView takeStep(UUID id, MemberStepInput input) {
        return service.takeStep(id, input);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a member's details (not the steps); send the version you read")
    public PartyMemberView update(UUID id, PartyMemberInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a member with no honours")
    public void delete(UUID id) {
        service.delete(id);
    }
}
