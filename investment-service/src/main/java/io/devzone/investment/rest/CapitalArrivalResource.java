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
import io.devzone.investment.mapping.CapitalArrivalInput;
import io.devzone.investment.mapping.CapitalArrivalView;
import io.devzone.investment.service.CapitalArrivalFilter;
import io.devzone.investment.service.CapitalArrivalService;

@Path("/api/capital-arrivals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capital in place", description = "到位资金: dated arrivals of capital per project")
public class CapitalArrivalResource
        extends TrackedRecordResource<CapitalArrivalService, CapitalArrivalView, CapitalArrivalInput> {

    @GET
    public Page<CapitalArrivalView> list(@BeanParam CapitalArrivalFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
