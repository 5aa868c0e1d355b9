package io.devzone.land.graphql;

import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.codegen.Reference;
import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.PersonalFields;
import io.devzone.land.mapping.HouseholdMember;
import io.devzone.land.mapping.HouseholdStatusChange;
import io.devzone.land.mapping.PlotAssignment;
import io.devzone.land.mapping.RelocationHouseholdView;
import io.devzone.land.service.RelocationHouseholdService;
import io.devzone.land.service.ResettlementPlotService;

/**
 * Relocation households (拆迁户). A household's personal fields are withheld by the service for callers other than
 * the land department and leaders; here each withheld field becomes an error with code FORBIDDEN at its path, so the
 * rest of the record still comes back.
 */
@GraphQLApi
@RecordGraphQL(service = RelocationHouseholdService.class, plural = "relocationHouseholds",
        get = "One relocation household (拆迁户) by id; personal fields for the land department and leaders only",
        list = "Relocation households, filtered (idNumber and phone: exact match, land and leaders only), sorted and paged",
        history = "Who changed compensation, status or plot when: land department and leaders only",
        references = @Reference(field = "plot", id = "plotId", service = ResettlementPlotService.class,
                description = "The resettlement plot assigned"))
public class RelocationHouseholdGraphQL extends RelocationHouseholdGraphQLRecords {

    /** Why a withheld personal field is refused. */
    private static final UnaryOperator<String> WITHHELD = field -> "'" + field + "' is personal data, readable only"
            + " by the land department and leaders; it was withheld.";

    @Mutation
    @Description("Moves a household one status forward on a date")
    public RelocationHouseholdView changeRelocationHouseholdStatus(@Id @NonNull String id,
            @NonNull HouseholdStatusChange change) {
        return service.changeStatus(Ids.parse(id, "id"), change);
    }

    @Mutation
    @Description("Assigns a resettlement plot to a household; a plot goes to one household only")
    public RelocationHouseholdView assignResettlementPlot(@Id @NonNull String id, @NonNull PlotAssignment assignment) {
        return service.assignPlot(Ids.parse(id, "id"), assignment);
    }

    @Description("Head of household (户主): personal data, land department and leaders only")
    public String headName(@Source RelocationHouseholdView household) {
        return PersonalFields.readable(household.redactedFields(), "headName", household.headName(), WITHHELD);
    }

    @Description("Head's identity-card number: personal data, land department and leaders only")
    public String idNumber(@Source RelocationHouseholdView household) {
        return PersonalFields.readable(household.redactedFields(), "idNumber", household.idNumber(), WITHHELD);
    }

    @Description("Phone: personal data, land department and leaders only")
    public String phone(@Source RelocationHouseholdView household) {
        return PersonalFields.readable(household.redactedFields(), "phone", household.phone(), WITHHELD);
    }

    @Description("The members: personal data, land department and leaders only")
    public List<List<HouseholdMember>> members(@Source List<RelocationHouseholdView> households) {
        return households.stream()
                .map(h -> PersonalFields.readable(h.redactedFields(), "members", h.members(), WITHHELD))
                .toList();
    }
}
