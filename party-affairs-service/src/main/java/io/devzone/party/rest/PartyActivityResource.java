package io.devzone.party.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.record.RecordResource;
import io.devzone.party.mapping.PartyActivityInput;
import io.devzone.party.mapping.PartyActivityView;
import io.devzone.party.service.PartyActivityFilter;
import io.devzone.party.service.PartyActivityService;

@Path("/api/party-activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Party activities", description = "活动: Party lectures, democratic life meetings, trainings, job fairs, …")
public class PartyActivityResource extends RecordResource<PartyActivityService, PartyActivityView, PartyActivityInput> {

    @GET
    public Page<PartyActivityView> list(@BeanParam PartyActivityFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
