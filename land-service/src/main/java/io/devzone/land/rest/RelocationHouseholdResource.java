package io.devzone.land.rest;

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
import io.devzone.land.mapping.HouseholdStatusChange;
import io.devzone.land.mapping.PlotAssignment;
import io.devzone.land.mapping.RelocationHouseholdInput;
import io.devzone.land.mapping.RelocationHouseholdView;
import io.devzone.land.service.RelocationHouseholdFilter;
import io.devzone.land.service.RelocationHouseholdService;

@Path("/api/relocation-households")
@Tag(name = "Relocation households", description = "拆迁户: relocated households. Personal data (headName, idNumber, phone, members) is readable only with role land or leader: other callers get the record with those fields null, their names in redactedFields and the reason in redactionNote. Searching by idNumber or phone (exact match) is refused with 403 for them.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelocationHouseholdResource {

    private final RelocationHouseholdService service;

    RelocationHouseholdResource(RelocationHouseholdService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List, filtered, sorted and paged")
    public Page<RelocationHouseholdView> list(@BeanParam RelocationHouseholdFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one", description = "Without role land or leader, headName, idNumber, phone and members are null, listed in redactedFields, explained in redactionNote")
    public RelocationHouseholdView get(UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Its change history (who, when, old, new), oldest first: land department and leaders only")
    public List<ChangeView> history(UUID id) {
        return service.history(id);
    }

    @POST
    @Operation(summary = "Record one")
    public RestResponse<RelocationHouseholdView> create(RelocationHouseholdInput input) {
        RelocationHouseholdView created = service.create(input);
        return Created.at("/api/relocation-households", created.id(), created);
    }

    @POST
    @Path("{id}/status-changes")
    @Operation(summary = "Move the household one status forward on a date (SURVEYED → NEGOTIATING → CONTRACT_SIGNED →"
            + " DEMOLISHED → RESETTLED); send the version you read")
    public RelocationHouseholdView changeStatus(UUID id, HouseholdStatusChange change) {
        return service.changeStatus(id, change);
    }

    @POST
    @Path("{id}/plot-assignment")
    @Operation(summary = "Assign a resettlement plot; a plot goes to one household only (409 when taken)")
    public RelocationHouseholdView assignPlot(UUID id, PlotAssignment assignment) {
        return service.assignPlot(id, assignment);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change one; send the version you read")
    public RelocationHouseholdView update(UUID id, RelocationHouseholdInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one")
    public void delete(UUID id) {
        service.delete(id);
    }
}
