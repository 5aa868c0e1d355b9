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
import io.devzone.investment.mapping.InfrastructureProjectInput;
import io.devzone.investment.mapping.InfrastructureProjectView;
import io.devzone.investment.service.InfrastructureProjectFilter;
import io.devzone.investment.service.InfrastructureProjectService;

@Path("/api/infrastructure-projects")
@Tag(name = "Infrastructure projects", description = "基础设施项目: roads, standard factories, utilities, landscaping")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InfrastructureProjectResource {

    private final InfrastructureProjectService service;

    InfrastructureProjectResource(InfrastructureProjectService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List infrastructure projects, filtered, sorted and paged")
    public Page<InfrastructureProjectView> list(@BeanParam InfrastructureProjectFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one infrastructure project")
    public InfrastructureProjectView get(UUID id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Record a infrastructure project")
    public RestResponse<InfrastructureProjectView> create(InfrastructureProjectInput input) {
        InfrastructureProjectView created = service.create(input);
        return Created.at("/api/infrastructure-projects", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a infrastructure project; send the version you read")
    public InfrastructureProjectView update(UUID id, InfrastructureProjectInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a infrastructure project")
    public void delete(UUID id) {
        service.delete(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed the money fields of this infrastructure project, when, from what to what (investment and leaders only)")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }
}
