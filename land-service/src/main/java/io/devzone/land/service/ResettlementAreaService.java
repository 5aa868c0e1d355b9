package io.devzone.land.service;

import static io.devzone.commons.service.Records.NameMatching.EXACTLY;

import jakarta.inject.Singleton;

import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.land.domain.ResettlementArea;
import io.devzone.land.domain.ResettlementAreaRepository;
import io.devzone.land.domain.ResettlementPlotRepository;
import io.devzone.land.mapping.ResettlementAreaInput;
import io.devzone.land.mapping.ResettlementAreaView;

/** 安置区: the resettlement areas; an area is deleted only once it has no plots. */
@Singleton
public class ResettlementAreaService extends RecordService<ResettlementArea, ResettlementAreaView,
        ResettlementAreaInput, ResettlementAreaFilter> {

    ResettlementAreaService(ResettlementAreaRepository areas, ResettlementPlotRepository plots) {
        super(Records.of(areas, ResettlementAreaView::of)
                .namedUniquely("a resettlement area", "name", a -> a.name, EXACTLY)
                .sortable("name", "park")
                .inUseBy(plots, "areaId", a -> "Resettlement area " + a.name + " still has plots; delete them first."));
    }
}
