package io.devzone.land.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.commons.graphql.RecordFields;
import io.devzone.land.mapping.ResettlementAreaView;
import io.devzone.land.mapping.ResettlementPlotView;
import io.devzone.land.service.ResettlementAreaService;
import io.devzone.land.service.ResettlementPlotService;

@GraphQLApi
@RecordGraphQL(service = ResettlementPlotService.class, plural = "resettlementPlots",
        get = "One resettlement plot by id",
        list = "Resettlement plots, filtered (by area, code, assigned or free), sorted and paged",
        delete = "Deletes a plot assigned to no household; returns its id")
public class ResettlementPlotGraphQL extends ResettlementPlotGraphQLRecords {

    private final ResettlementAreaService areas;

    ResettlementPlotGraphQL(ResettlementAreaService areas) {
        this.areas = areas;
    }

    @Description("The area the plot belongs to")
    public List<ResettlementAreaView> area(@Source List<ResettlementPlotView> plots) {
        return RecordFields.referenced(plots, ResettlementPlotView::areaId, areas::getAll);
    }
}
