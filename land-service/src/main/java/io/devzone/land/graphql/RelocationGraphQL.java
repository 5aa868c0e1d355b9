package io.devzone.land.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.error.AccessDeniedException;
import io.devzone.commons.graphql.Ids;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.land.mapping.HouseholdMember;
import io.devzone.land.mapping.HouseholdStatusChange;
import io.devzone.land.mapping.PlotAssignment;
import io.devzone.land.mapping.RelocationHouseholdInput;
import io.devzone.land.mapping.RelocationHouseholdView;
import io.devzone.land.mapping.ResettlementAreaInput;
import io.devzone.land.mapping.ResettlementAreaView;
import io.devzone.land.mapping.ResettlementPlotInput;
import io.devzone.land.mapping.ResettlementPlotView;
import io.devzone.land.service.RelocationHouseholdFilter;
import io.devzone.land.service.RelocationHouseholdService;
import io.devzone.land.service.ResettlementAreaFilter;
import io.devzone.land.service.ResettlementPlotFilter;
import io.devzone.land.service.ResettlementService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

/**
 * Relocation households (拆迁户), resettlement areas and plots. A household's personal fields are withheld by the
 * service for callers other than the land department and leaders; here each withheld field becomes an error with
 * code FORBIDDEN at its path, so the rest of the record still comes back.
 */
@GraphQLApi
public class RelocationGraphQL {

    private final RelocationHouseholdService households;
    private final ResettlementService resettlement;

    RelocationGraphQL(RelocationHouseholdService households, ResettlementService resettlement) {
        this.households = households;
        this.resettlement = resettlement;
    }

    @Query
    @Description("One relocation household (拆迁户) by id; personal fields for the land department and leaders only")
    public RelocationHouseholdView relocationHousehold(@Id @NonNull String id) {
        return households.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Relocation households, filtered (idNumber and phone: exact match, land and leaders only), sorted and paged")
    public Page<RelocationHouseholdView> relocationHouseholds(RelocationHouseholdFilter filter, Integer page,
            Integer size, String sort) {
        return households.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public RelocationHouseholdView createRelocationHousehold(@NonNull RelocationHouseholdInput input) {
        return households.create(input);
    }

    @Mutation
    public RelocationHouseholdView updateRelocationHousehold(@Id @NonNull String id,
            @NonNull RelocationHouseholdInput input) {
        return households.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Moves a household one status forward on a date")
    public RelocationHouseholdView changeRelocationHouseholdStatus(@Id @NonNull String id,
            @NonNull HouseholdStatusChange change) {
        return households.changeStatus(Ids.parse(id, "id"), change);
    }

    @Mutation
    @Description("Assigns a resettlement plot to a household; a plot goes to one household only")
    public RelocationHouseholdView assignResettlementPlot(@Id @NonNull String id, @NonNull PlotAssignment assignment) {
        return households.assignPlot(Ids.parse(id, "id"), assignment);
    }

    @Mutation
    @Id
    @Description("Deletes a relocation household; returns its id")
    public UUID deleteRelocationHousehold(@Id @NonNull String id) {
        UUID parsed = Ids.parse(id, "id");
        households.delete(parsed);
        return parsed;
    }

    @Resolver
    @Blocking
    public List<RelocationHouseholdView> relocationHouseholdsById(List<String> id) {
        return households.getAll(Ids.parseEach(id));
    }

    @Description("Head of household (户主): personal data, land department and leaders only")
    public String headName(@Source RelocationHouseholdView household) {
        return personal(household, "headName", household.headName());
    }

    @Description("Head's identity-card number: personal data, land department and leaders only")
    public String idNumber(@Source RelocationHouseholdView household) {
        return personal(household, "idNumber", household.idNumber());
    }

    @Description("Phone: personal data, land department and leaders only")
    public String phone(@Source RelocationHouseholdView household) {
        return personal(household, "phone", household.phone());
    }

    @Description("The members: personal data, land department and leaders only")
    public List<HouseholdMember> members(@Source RelocationHouseholdView household) {
        return personal(household, "members", household.members());
    }

    @Name("history")
    @Description("Who changed compensation, status or plot when: land department and leaders only")
    @Nullable // withheld from other departments: the record still arrives, with a FORBIDDEN error here
    public List<@NonNull ChangeView> householdHistory(@Source RelocationHouseholdView household) {
        return households.history(household.id());
    }

    @Description("The resettlement plot assigned")
    public List<ResettlementPlotView> plot(@Source List<RelocationHouseholdView> list) {
        return resettlement.getPlots(list.stream().map(RelocationHouseholdView::plotId).toList());
    }

    private static <T> T personal(RelocationHouseholdView household, String field, T value) {
        if (household.redactedFields().contains(field)) {
            throw new AccessDeniedException("'" + field + "' is personal data, readable only by the land department"
                    + " and leaders; it was withheld.");
        }
        return value;
    }

    // ---- resettlement areas and plots

    @Query
    @Description("One resettlement area (安置区) by id")
    public ResettlementAreaView resettlementArea(@Id @NonNull String id) {
        return resettlement.getArea(Ids.parse(id, "id"));
    }

    @Query
    @Description("Resettlement areas, filtered, sorted and paged")
    public Page<ResettlementAreaView> resettlementAreas(ResettlementAreaFilter filter, Integer page, Integer size,
            String sort) {
        return resettlement.listAreas(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public ResettlementAreaView createResettlementArea(@NonNull ResettlementAreaInput input) {
        return resettlement.createArea(input);
    }

    @Mutation
    public ResettlementAreaView updateResettlementArea(@Id @NonNull String id, @NonNull ResettlementAreaInput input) {
        return resettlement.updateArea(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Id
    @Description("Deletes a resettlement area without plots; returns its id")
    public UUID deleteResettlementArea(@Id @NonNull String id) {
        UUID parsed = Ids.parse(id, "id");
        resettlement.deleteArea(parsed);
        return parsed;
    }

    @Resolver
    @Blocking
    public List<ResettlementAreaView> resettlementAreasById(List<String> id) {
        return resettlement.getAreas(Ids.parseEach(id));
    }

    @Query
    @Description("One resettlement plot by id")
    public ResettlementPlotView resettlementPlot(@Id @NonNull String id) {
        return resettlement.getPlot(Ids.parse(id, "id"));
    }

    @Query
    @Description("Resettlement plots, filtered (by area, code, assigned or free), sorted and paged")
    public Page<ResettlementPlotView> resettlementPlots(ResettlementPlotFilter filter, Integer page, Integer size,
            String sort) {
        return resettlement.listPlots(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public ResettlementPlotView createResettlementPlot(@NonNull ResettlementPlotInput input) {
        return resettlement.createPlot(input);
    }

    @Mutation
    public ResettlementPlotView updateResettlementPlot(@Id @NonNull String id, @NonNull ResettlementPlotInput input) {
        return resettlement.updatePlot(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Id
    @Description("Deletes a plot assigned to no household; returns its id")
    public UUID deleteResettlementPlot(@Id @NonNull String id) {
        UUID parsed = Ids.parse(id, "id");
        resettlement.deletePlot(parsed);
        return parsed;
    }

    @Resolver
    @Blocking
    public List<ResettlementPlotView> resettlementPlotsById(List<String> id) {
        return resettlement.getPlots(Ids.parseEach(id));
    }

    @Description("The area the plot belongs to")
    public List<ResettlementAreaView> area(@Source List<ResettlementPlotView> plots) {
        return resettlement.getAreas(plots.stream().map(ResettlementPlotView::areaId).toList());
    }
}
