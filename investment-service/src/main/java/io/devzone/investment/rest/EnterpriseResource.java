package io.devzone.investment.rest;

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
import io.devzone.investment.mapping.EnterpriseInput;
import io.devzone.investment.mapping.EnterpriseView;
import io.devzone.investment.service.EnterpriseFilter;
import io.devzone.investment.service.EnterpriseService;

@Path("/api/enterprises")
@Tag(name = "Enterprises", description = "企业: enterprises in the zone's parks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    private final EnterpriseService service;

    EnterpriseResource(EnterpriseService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List enterprises, filtered, sorted and paged")
    public Page<EnterpriseView> list(@BeanParam EnterpriseFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one enterprise")
    public EnterpriseView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record an enterprise")
    public RestResponse<EnterpriseView> create(EnterpriseInput input) {
        EnterpriseView created = service.create(input);
        return Created.at("/api/enterprises", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an enterprise; send the version you read")
    public EnterpriseView update(UUID id, EnterpriseInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an enterprise that invests in no project")
    public void delete(UUID id) {
        service.delete(id);
    }
}
