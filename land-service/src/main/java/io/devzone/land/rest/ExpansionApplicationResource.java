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
import io.devzone.land.mapping.ExpansionApplicationInput;
import io.devzone.land.mapping.ExpansionApplicationView;
import io.devzone.land.service.ExpansionApplicationFilter;
import io.devzone.land.service.ExpansionApplicationService;

@Path("/api/expansion-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Park expansion", description = "扩园申报: the park expansion application and its approval steps")
public class ExpansionApplicationResource
        extends TrackedRecordResource<ExpansionApplicationService, ExpansionApplicationView, ExpansionApplicationInput> {

    @GET
    public Page<ExpansionApplicationView> list(@BeanParam ExpansionApplicationFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
