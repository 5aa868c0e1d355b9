package io.devzone.party.rest;

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
import io.devzone.commons.rest.Created;
import io.devzone.party.mapping.PartyHonourInput;
import io.devzone.party.mapping.PartyHonourView;
import io.devzone.party.service.PartyHonourFilter;
import io.devzone.party.service.PartyHonourService;

@Path("/api/party-honours")
@Tag(name = "Party honours", description = "表彰: advanced grassroots organisations, outstanding members and Party"
        + " workers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyHonourResource {

    private final PartyHonourService service;

    PartyHonourResource(PartyHonourService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List honours, filtered, sorted and paged (most recent first unless sorted)")
    public Page<PartyHonourView> list(@BeanParam PartyHonourFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one honour")
    public PartyHonourView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record an honour awarded to an organisation or a member")
    public RestResponse<PartyHonourView> create(PartyHonourInput input) {
        PartyHonourView created = service.create(input);
        return Created.at("/api/party-honours", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an honour; send the version you read")
    public PartyHonourView update(UUID id, PartyHonourInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an honour")
    public void delete(UUID id) {
        service.delete(id);
    }
}
