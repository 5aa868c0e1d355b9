package io.devzone.land.graphql;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.PersonalFields;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.land.mapping.HouseholdMember;
import io.devzone.land.mapping.HouseholdStatusChange;
import io.devzone.land.mapping.PlotAssignment;
import io.devzone.land.mapping.RelocationHouseholdInput;
import io.devzone.land.mapping.RelocationHouseholdView;
import io.devzone.land.mapping.ResettlementPlotView;
import io.devzone.land.service.RelocationHouseholdFilter;
import io.devzone.land.service.RelocationHouseholdService;
import io.devzone.land.service.ResettlementPlotService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.federation.Resolver;

/**
 * Relocation households (拆迁户). A household's personal fields are withheld by the service for callers other than
 * the land department and leaders; here each withheld field becomes an error with code FORBIDDEN at its path, so the
 * rest of the record still comes back.
 */
@GraphQLApi
public class RelocationHouseholdGraphQL {

    /** Why a withheld personal field is refused. */
    private static final UnaryOperator<String> WITHHELD = field -> "'" + field + "' is personal data, readable only"
            + " by the land department and leaders; it was withheld.";

    private final RelocationHouseholdService service;
    private final ResettlementPlotService plots;

    RelocationHouseholdGraphQL(RelocationHouseholdService service, ResettlementPlotService plots) {
        this.service = service;
        this.plots = plots;
    }

    @Query
    @Description("One relocation household (拆迁户) by id; personal fields for the land department and leaders only")
    public RelocationHouseholdView relocationHousehold(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Relocation households, filtered (idNumber and phone: exact match, land and leaders only), sorted and paged")
    public Page<RelocationHouseholdView> relocationHouseholds(RelocationHouseholdFilter filter, Integer page,
            Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public RelocationHouseholdView createRelocationHousehold(@NonNull RelocationHouseholdInput input) {
        return service.create(input);
    }

    @Mutation
    public RelocationHouseholdView updateRelocationHousehold(@Id @NonNull String id,
            @NonNull RelocationHouseholdInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

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

    @Mutation
    @Id
    @Description("Deletes a relocation household; returns its id")
    public UUID deleteRelocationHousehold(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for RelocationHousehold: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<RelocationHouseholdView> relocationHouseholdsById(List<String> id) {
        return RecordFields.byIds(service, id);
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

    @Description("Who changed compensation, status or plot when: land department and leaders only")
    @Nullable // withheld from other departments: the records still arrive, with a FORBIDDEN error at each
    public List<List<@NonNull ChangeView>> history(@Source List<RelocationHouseholdView> households) {
        return RecordFields.histories(service, households);
    }

    @Description("The resettlement plot assigned")
    public List<ResettlementPlotView> plot(@Source List<RelocationHouseholdView> households) {
        return RecordFields.referenced(households, RelocationHouseholdView::plotId, plots::getAll);
    }
}
