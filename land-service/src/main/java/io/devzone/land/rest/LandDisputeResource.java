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
import io.devzone.land.mapping.LandDisputeInput;
import io.devzone.land.mapping.LandDisputeView;
import io.devzone.land.service.LandDisputeFilter;
import io.devzone.land.service.LandDisputeService;

@Path("/api/land-disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Land disputes", description = "纠纷: disputes over land acquisition and their handling")
public class LandDisputeResource
        extends TrackedRecordResource<LandDisputeService, LandDisputeView, LandDisputeInput> {

    @GET
    public Page<LandDisputeView> list(@BeanParam LandDisputeFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
