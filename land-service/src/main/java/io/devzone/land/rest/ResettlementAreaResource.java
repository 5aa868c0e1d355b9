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
import io.devzone.commons.record.RecordResource;
import io.devzone.land.mapping.ResettlementAreaInput;
import io.devzone.land.mapping.ResettlementAreaView;
import io.devzone.land.service.ResettlementAreaFilter;
import io.devzone.land.service.ResettlementAreaService;

@Path("/api/resettlement-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resettlement areas", description = "安置区: resettlement areas (陈家湾, 龙泉头)")
public class ResettlementAreaResource
        extends RecordResource<ResettlementAreaService, ResettlementAreaView, ResettlementAreaInput> {

    @GET
    public Page<ResettlementAreaView> list(@BeanParam ResettlementAreaFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
