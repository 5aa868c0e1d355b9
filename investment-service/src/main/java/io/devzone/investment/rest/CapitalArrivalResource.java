package io.devzone.investment.rest;

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
import io.devzone.investment.mapping.CapitalArrivalInput;
import io.devzone.investment.mapping.CapitalArrivalView;
import io.devzone.investment.service.CapitalArrivalFilter;
import io.devzone.investment.service.CapitalArrivalService;

@Path("/api/capital-arrivals")
@Tag(name = "Capital in place", description = "到位资金: dated arrivals of capital per project")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapitalArrivalResource {

    private final CapitalArrivalService service;

    CapitalArrivalResource(CapitalArrivalService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List capital arrivals, filtered, sorted and paged")
    public Page<CapitalArrivalView> list(@BeanParam CapitalArrivalFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one capital arrival")
    public CapitalArrivalView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record a capital arrival")
    public RestResponse<CapitalArrivalView> create(CapitalArrivalInput input) {
        CapitalArrivalView created = service.create(input);
        return Created.at("/api/capital-arrivals", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a capital arrival; send the version you read")
    public CapitalArrivalView update(UUID id, CapitalArrivalInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a capital arrival")
    public void delete(UUID id) {
        service.delete(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed the money fields of this capital arrival, when, from what to what (investment and leaders only)")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }
}
