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
import io.devzone.party.mapping.PartyActivityInput;
import io.devzone.party.mapping.PartyActivityView;
import io.devzone.party.service.PartyActivityFilter;
import io.devzone.party.service.PartyActivityService;

@Path("/api/party-activities")
@Tag(name = "Party activities", description = "活动: Party lectures, democratic life meetings, trainings, job fairs, …")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyActivityResource {

    private final PartyActivityService service;

    PartyActivityResource(PartyActivityService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List Party activities, filtered, sorted and paged (most recent first unless sorted)")
    public Page<PartyActivityView> list(@BeanParam PartyActivityFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one Party activity")
    public PartyActivityView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record a Party activity, held or planned")
    public RestResponse<PartyActivityView> create(PartyActivityInput input) {
        PartyActivityView created = service.create(input);
        return Created.at("/api/party-activities", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a Party activity; send the version you read")
    public PartyActivityView update(UUID id, PartyActivityInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a Party activity")
    public void delete(UUID id) {
        service.delete(id);
    }
}
