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
import io.devzone.party.mapping.PartyHonourInput;
import io.devzone.party.mapping.PartyHonourView;
import io.devzone.party.service.PartyHonourFilter;
import io.devzone.party.service.PartyHonourService;

@Path("/api/party-honours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Party honours", description = "表彰: advanced grassroots organisations, outstanding members and Party"
        + " workers")
public class PartyHonourResource extends RecordResource<PartyHonourService, PartyHonourView, PartyHonourInput> {

    @GET
    public Page<PartyHonourView> list(@BeanParam PartyHonourFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
