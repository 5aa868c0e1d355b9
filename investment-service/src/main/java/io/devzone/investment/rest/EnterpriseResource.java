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
import io.devzone.commons.record.RecordResource;
import io.devzone.investment.mapping.EnterpriseInput;
import io.devzone.investment.mapping.EnterpriseView;
import io.devzone.investment.service.EnterpriseFilter;
import io.devzone.investment.service.EnterpriseService;

@Path("/api/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "企业: enterprises in the zone's parks")
public class EnterpriseResource extends RecordResource<EnterpriseService, EnterpriseView, EnterpriseInput> {

    @GET
    public Page<EnterpriseView> list(@BeanParam EnterpriseFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
