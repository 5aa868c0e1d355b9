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
import io.devzone.land.mapping.AcquisitionInput;
import io.devzone.land.mapping.AcquisitionView;
import io.devzone.land.service.AcquisitionFilter;
import io.devzone.land.service.AcquisitionService;

@Path("/api/acquisitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Acquisitions", description = "征地: acquisitions of land parcels; a parcel's acquired total never exceeds its area")
public class AcquisitionResource
        extends TrackedRecordResource<AcquisitionService, AcquisitionView, AcquisitionInput> {

    @GET
    public Page<AcquisitionView> list(@BeanParam AcquisitionFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
