package io.devzone.investment.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.record.TrackedRecordResource;
import io.devzone.investment.mapping.FinancingInput;
import io.devzone.investment.mapping.FinancingView;
import io.devzone.investment.service.FinancingFilter;
import io.devzone.investment.service.FinancingService;

@Path("/api/financings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Financing", description = "融资: loans and subsidies arranged and received")
public class FinancingResource extends TrackedRecordResource<FinancingService, FinancingView, FinancingInput> {

    @GET
    public Page<FinancingView> list(@BeanParam FinancingFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
