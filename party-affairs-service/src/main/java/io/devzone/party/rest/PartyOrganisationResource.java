package io.devzone.party.rest;

import java.net.URI;
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

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.party.mapping.PartyOrganisationInput;
import io.devzone.party.mapping.PartyOrganisationView;
import io.devzone.party.service.PartyOrganisationFilter;
import io.devzone.party.service.PartyOrganisationService;

@Path("/api/party-organisations")
@Tag(name = "Party organisations", description = "党组织: the zone Party committee and its branches, as a tree")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyOrganisationResource {

    private final PartyOrganisationService service;

    PartyOrganisationResource(PartyOrganisationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List Party organisations, filtered, sorted and paged (the committee first, then by name)")
    public Page<PartyOrganisationView> list(@BeanParam PartyOrganisationFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one Party organisation")
    public PartyOrganisationView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record the zone Party committee or a branch below an organisation")
    public RestResponse<PartyOrganisationView> create(PartyOrganisationInput input) {
        PartyOrganisationView created = service.create(input);
        return RestResponse.ResponseBuilder.<PartyOrganisationView>created(
                URI.create("/api/party-organisations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a Party organisation; send the version you read")
    public PartyOrganisationView update(UUID id, PartyOrganisationInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a Party organisation with no branches, members or honours")
    public void delete(UUID id) {
        service.delete(id);
    }
}
