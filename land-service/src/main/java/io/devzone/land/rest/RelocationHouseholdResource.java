package io.devzone.land.rest;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageParams;
import io.devzone.commons.record.TrackedRecordResource;
import io.devzone.land.mapping.HouseholdStatusChange;
import io.devzone.land.mapping.PlotAssignment;
import io.devzone.land.mapping.RelocationHouseholdInput;
import io.devzone.land.mapping.RelocationHouseholdView;
import io.devzone.land.service.RelocationHouseholdFilter;
import io.devzone.land.service.RelocationHouseholdService;

@Path("/api/relocation-households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relocation households", description = "拆迁户: relocated households. Personal data (headName, idNumber, phone, members) is readable only with role land or leader: other callers get the record with those fields null, their names in redactedFields and the reason in redactionNote. Searching by idNumber or phone (exact match) is refused with 403 for them.")
public class RelocationHouseholdResource
        extends TrackedRecordResource<RelocationHouseholdService, RelocationHouseholdView, RelocationHouseholdInput> {

    @GET
    public Page<RelocationHouseholdView> list(@BeanParam RelocationHouseholdFilter filter, @BeanParam PageParams page) {
        return service.list(filter, page.toRequest());
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
}
