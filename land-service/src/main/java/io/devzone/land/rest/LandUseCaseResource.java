package io.devzone.land.rest;

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
import io.devzone.land.mapping.LandUseCaseInput;
import io.devzone.land.mapping.LandUseCaseView;
import io.devzone.land.service.LandUseCaseFilter;
import io.devzone.land.service.LandUseCaseService;

@Path("/api/land-use-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Land-use cases", description = "用地报批: land-use cases, handled once approved")
public class LandUseCaseResource
        extends TrackedRecordResource<LandUseCaseService, LandUseCaseView, LandUseCaseInput> {

    @GET
    public Page<LandUseCaseView> list(@BeanParam LandUseCaseFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
