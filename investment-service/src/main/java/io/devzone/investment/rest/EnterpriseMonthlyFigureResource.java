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
import io.devzone.investment.mapping.EnterpriseMonthlyFigureInput;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureView;
import io.devzone.investment.service.EnterpriseMonthlyFigureFilter;
import io.devzone.investment.service.EnterpriseMonthlyFigureService;

@Path("/api/enterprise-monthly-figures")
@Tag(name = "Enterprise monthly figures", description = "企业月度指标: tax paid, industrial added value, fixed-asset investment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseMonthlyFigureResource {

    private final EnterpriseMonthlyFigureService service;

    EnterpriseMonthlyFigureResource(EnterpriseMonthlyFigureService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List enterprise monthly figures, filtered, sorted and paged")
    public Page<EnterpriseMonthlyFigureView> list(@BeanParam EnterpriseMonthlyFigureFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one enterprise monthly figure")
    public EnterpriseMonthlyFigureView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record a enterprise monthly figure")
    public RestResponse<EnterpriseMonthlyFigureView> create(EnterpriseMonthlyFigureInput input) {
        EnterpriseMonthlyFigureView created = service.create(input);
        return Created.at("/api/enterprise-monthly-figures", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a enterprise monthly figure; send the version you read")
    public EnterpriseMonthlyFigureView update(UUID id, EnterpriseMonthlyFigureInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a enterprise monthly figure")
    public void delete(UUID id) {
        service.delete(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed the money fields of this enterprise monthly figure, when, from what to what (investment and leaders only)")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }
}
