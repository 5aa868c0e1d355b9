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
import io.devzone.party.mapping.PartyOrganisationInput;
import io.devzone.party.mapping.PartyOrganisationView;
import io.devzone.party.service.PartyOrganisationFilter;
import io.devzone.party.service.PartyOrganisationService;

@Path("/api/party-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Party organisations", description = "党组织: the zone Party committee and its branches, as a tree")
public class PartyOrganisationResource
        extends RecordResource<PartyOrganisationService, PartyOrganisationView, PartyOrganisationInput> {

    @GET
    public Page<PartyOrganisationView> list(@BeanParam PartyOrganisationFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
