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
import io.devzone.investment.mapping.FinancingInput;
import io.devzone.investment.mapping.FinancingView;
import io.devzone.investment.service.FinancingFilter;
import io.devzone.investment.service.FinancingService;

@Path("/api/financings")
@Tag(name = "Financing", description = "融资: loans and subsidies arranged and received")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancingResource {

    private final FinancingService service;

    FinancingResource(FinancingService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List financings, filtered, sorted and paged")
    public Page<FinancingView> list(@BeanParam FinancingFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one financing")
    public FinancingView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record a financing")
    public RestResponse<FinancingView> create(FinancingInput input) {
        FinancingView created = service.create(input);
        return Created.at("/api/financings", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a financing; send the version you read")
    public FinancingView update(UUID id, FinancingInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a financing")
    public void delete(UUID id) {
        service.delete(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed the money fields of this financing, when, from what to what (investment and leaders only)")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }
}
