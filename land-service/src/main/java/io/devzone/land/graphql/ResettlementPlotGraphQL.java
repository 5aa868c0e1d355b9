package io.devzone.land.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.codegen.Reference;
import io.devzone.land.service.ResettlementAreaService;
import io.devzone.land.service.ResettlementPlotService;

@GraphQLApi
@RecordGraphQL(service = ResettlementPlotService.class, plural = "resettlementPlots",
        list = "Resettlement plots, filtered (by area, code, assigned or free), sorted and paged",
        delete = "Deletes a plot assigned to no household; returns its id",
        references = @Reference(field = "area", id = "areaId", service = ResettlementAreaService.class,
                description = "The area the plot belongs to"))
public class ResettlementPlotGraphQL extends ResettlementPlotGraphQLRecords {
}
