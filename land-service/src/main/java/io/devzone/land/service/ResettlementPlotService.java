package io.devzone.land.service;

import java.util.Locale;

import jakarta.inject.Singleton;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.land.domain.ResettlementArea;
import io.devzone.land.domain.ResettlementPlot;
import io.devzone.land.domain.ResettlementPlotRepository;
import io.devzone.land.mapping.ResettlementPlotInput;
import io.devzone.land.mapping.ResettlementPlotView;

/** 安置地块: the plots of the resettlement areas, each assigned to at most one household. */
@Singleton
public class ResettlementPlotService extends RecordService<ResettlementPlot, ResettlementPlotView,
        ResettlementPlotInput, ResettlementPlotFilter> {

    ResettlementPlotService(ResettlementPlotRepository plots) {
        super(Records.of(plots, ResettlementPlotView::of)
                .namedBy(p -> p.code)
                .unique("areaId = ?1 and code = ?2",
                        p -> "A plot with code '" + p.code + "' already exists in this area.", p -> p.areaId, p -> p.code)
                .sortable("code", "areaM2"));
    }

    @Override
    protected void beforeDelete(ResettlementPlot plot) {
        if (plot.householdId != null) {
            throw new ConflictException("Plot " + plot.code + " is assigned to a household; it cannot be deleted.");
        }
    }

    @Override
    protected void apply(ResettlementPlotInput input, ResettlementPlot plot) {
        referenced(ResettlementArea.class, "areaId", input.areaId(), "names no resettlement area");
        super.apply(input, plot);
        plot.code = input.code().strip().toUpperCase(Locale.ROOT);
    }
}
