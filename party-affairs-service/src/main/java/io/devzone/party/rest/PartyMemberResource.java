package io.devzone.party.rest;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.record.TrackedRecordResource;
import io.devzone.party.mapping.MemberStepInput;
import io.devzone.party.mapping.PartyMemberInput;
import io.devzone.party.mapping.PartyMemberView;
import io.devzone.party.service.PartyMemberFilter;
import io.devzone.party.service.PartyMemberService;

@Path("/api/party-members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Party members", description = "发展党员: member development, APPLICANT → ACTIVIST → DEVELOPMENT_TARGET →"
        + " PROBATIONARY → FULL. Name, identityNumber and phone are shown to party-affairs and leaders only; for"
        + " anyone else they are null and listed in redactedFields.")
public class PartyMemberResource extends TrackedRecordResource<PartyMemberService, PartyMemberView, PartyMemberInput> {

    @GET
    public Page<PartyMemberView> list(@BeanParam PartyMemberFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @POST
    @Path("{id}/steps")
    @Operation(summary = "Take the member's next step on a day; an illegal step is refused (409) with the reason")
    public PartyMemberView takeStep(UUID id, MemberStepInput input) {
        return service.takeStep(id, input);
    }
}
