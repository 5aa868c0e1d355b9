package io.devzone.land.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.commons.graphql.Ids;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.land.mapping.ResettlementAreaView;
import io.devzone.land.mapping.ResettlementPlotInput;
import io.devzone.land.mapping.ResettlementPlotView;
import io.devzone.land.service.ResettlementAreaService;
import io.devzone.land.service.ResettlementPlotFilter;
import io.devzone.land.service.ResettlementPlotService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;

@GraphQLApi
public class ResettlementPlotGraphQL {

    private final ResettlementPlotService service;
    private final ResettlementAreaService areas;

    ResettlementPlotGraphQL(ResettlementPlotService service, ResettlementAreaService areas) {
        this.service = service;
        this.areas = areas;
    }

    @Query
    @Description("One resettlement plot by id")
    public ResettlementPlotView resettlementPlot(@Id @NonNull String id) {
        return service.get(Ids.parse(id, "id"));
    }

    @Query
    @Description("Resettlement plots, filtered (by area, code, assigned or free), sorted and paged")
    public Page<ResettlementPlotView> resettlementPlots(ResettlementPlotFilter filter, Integer page, Integer size, String sort) {
        return service.list(filter, PageRequest.of(page, size, sort));
    }

    @Mutation
    public ResettlementPlotView createResettlementPlot(@NonNull ResettlementPlotInput input) {
        return service.create(input);
    }

    @Mutation
    public ResettlementPlotView updateResettlementPlot(@Id @NonNull String id, @NonNull ResettlementPlotInput input) {
        return service.update(Ids.parse(id, "id"), input);
    }

    @Mutation
    @Description("Deletes a plot assigned to no household; returns its id")
    @Id
    public UUID deleteResettlementPlot(@Id @NonNull String id) {
        return RecordFields.delete(service, id);
    }

    /** {@code _entities} for ResettlementPlot: all representations of one request in one query. */
    @Resolver
    @Blocking // batch resolvers run on the event loop otherwise, where JDBC may not block
    public List<ResettlementPlotView> resettlementPlotsById(List<String> id) {
        return RecordFields.byIds(service, id);
    }

    @Description("The area the plot belongs to")
    public List<ResettlementAreaView> area(@Source List<ResettlementPlotView> plots) {
        return RecordFields.referenced(plots, ResettlementPlotView::areaId, areas::getAll);
    }
}
