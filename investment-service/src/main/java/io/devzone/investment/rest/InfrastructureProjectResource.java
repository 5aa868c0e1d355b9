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
import io.devzone.investment.mapping.InfrastructureProjectInput;
import io.devzone.investment.mapping.InfrastructureProjectView;
import io.devzone.investment.service.InfrastructureProjectFilter;
import io.devzone.investment.service.InfrastructureProjectService;

@Path("/api/infrastructure-projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Infrastructure projects", description = "基础设施项目: roads, standard factories, utilities, landscaping")
public class InfrastructureProjectResource
        extends TrackedRecordResource<InfrastructureProjectService, InfrastructureProjectView, InfrastructureProjectInput> {

    @GET
    public Page<InfrastructureProjectView> list(@BeanParam InfrastructureProjectFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }
}
