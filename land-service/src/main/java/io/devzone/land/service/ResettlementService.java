package io.devzone.land.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.land.domain.RelocationHousehold;
import io.devzone.land.domain.RelocationHouseholdRepository;
import io.devzone.land.domain.ResettlementArea;
import io.devzone.land.domain.ResettlementAreaRepository;
import io.devzone.land.domain.ResettlementPlot;
import io.devzone.land.domain.ResettlementPlotRepository;
import io.devzone.land.mapping.ResettlementAreaInput;
import io.devzone.land.mapping.ResettlementAreaView;
import io.devzone.land.mapping.ResettlementPlotInput;
import io.devzone.land.mapping.ResettlementPlotView;

/** 安置区: resettlement areas and their plots. */
@ApplicationScoped
public class ResettlementService {

    static final String AREA = "ResettlementArea";
    static final String PLOT = "ResettlementPlot";
    private static final Map<String, String> AREA_SORTABLE = Map.of("name", "name", "park", "park",
            "createdAt", "createdAt");
    private static final Map<String, String> PLOT_SORTABLE = Map.of("code", "code", "areaM2", "areaM2",
            "createdAt", "createdAt");

    private final ResettlementAreaRepository areas;
    private final Records<ResettlementArea, ResettlementAreaView> areaRecords;
    private final ResettlementPlotRepository plots;
    /** Plots are shown with the household assigned to each, so these give the plots themselves. */
    private final Records<ResettlementPlot, ResettlementPlot> plotRecords;
    private final RelocationHouseholdRepository households;
    private final InputValidator validator;

    ResettlementService(ResettlementAreaRepository areas, ResettlementPlotRepository plots,
            RelocationHouseholdRepository households, InputValidator validator) {
        this.areas = areas;
        this.plots = plots;
        this.households = households;
        this.validator = validator;
        this.areaRecords = Records.of(areas, AREA, ResettlementAreaView::of);
        this.plotRecords = Records.of(plots, PLOT, plot -> plot);
    }

    // ---- areas

    @ReadAccess
    public Page<ResettlementAreaView> listAreas(ResettlementAreaFilter filter, PageRequest page) {
        var criteria = (filter == null ? new ResettlementAreaFilter() : filter).criteria();
        return areaRecords.page(criteria, page, AREA_SORTABLE, "name");
    }

    @ReadAccess
    public ResettlementAreaView getArea(UUID id) {
        return areaRecords.view(id);
    }

    @ReadAccess
    public List<ResettlementAreaView> getAreas(List<UUID> ids) {
        return areaRecords.viewAll(ids);
    }

    @WriteAccess
    @Transactional
    public ResettlementAreaView createArea(ResettlementAreaInput input) {
        validator.check(input, "resettlementArea");
        ResettlementArea area = new ResettlementArea();
        apply(input, area);
        areaRecords.create(area, AREA + " '" + area.name + "'");
        return ResettlementAreaView.of(area);
    }

    @WriteAccess
    @Transactional
    public ResettlementAreaView updateArea(UUID id, ResettlementAreaInput input) {
        validator.check(input, "resettlementArea");
        return ResettlementAreaView.of(areaRecords.update(id, input.version(), area -> apply(input, area)));
    }

    @WriteAccess
    @Transactional
    public void deleteArea(UUID id) {
        ResettlementArea area = areaRecords.find(id);
        if (plots.count("areaId", id) > 0) {
            throw new ConflictException("Resettlement area " + area.name + " still has plots; delete them first.");
        }
        areaRecords.delete(id);
    }

    private void apply(ResettlementAreaInput input, ResettlementArea area) {
        String name = input.name().strip();
        if (areas.count("name = ?1 and id <> ?2", name, area.id == null ? new UUID(0, 0) : area.id) > 0) {
            throw new ConflictException("A resettlement area named '" + name + "' already exists.");
        }
        area.name = name;
        area.park = input.park();
        area.description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
    }

    // ---- plots

    @ReadAccess
    public Page<ResettlementPlotView> listPlots(ResettlementPlotFilter filter, PageRequest page) {
        ResettlementPlotFilter f = filter == null ? new ResettlementPlotFilter() : filter;
        Criteria criteria = f.criteria();
        String query = criteria.query() + (f.assignedCondition() == null ? "" : " and " + f.assignedCondition());
        Page<ResettlementPlot> found = Page.of(plots.find(query, page.toSort(PLOT_SORTABLE, "code"),
                criteria.parameters()), page, p -> p);
        Map<UUID, UUID> assigned = assignedHouseholds(found.items().stream().map(p -> p.id).toList());
        return new Page<>(found.items().stream().map(p -> ResettlementPlotView.of(p, assigned.get(p.id))).toList(),
                found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    @ReadAccess
    public ResettlementPlotView getPlot(UUID id) {
        ResettlementPlot plot = findPlot(id);
        return ResettlementPlotView.of(plot, assignedHouseholds(List.of(id)).get(id));
    }

    @ReadAccess
    public List<ResettlementPlotView> getPlots(List<UUID> ids) {
        Map<UUID, UUID> assigned = assignedHouseholds(ids.stream().filter(java.util.Objects::nonNull).toList());
        return ResettlementPlot.findInOrder(plots, ids, p -> ResettlementPlotView.of(p, assigned.get(p.id)));
    }

    @WriteAccess
    @Transactional
    public ResettlementPlotView createPlot(ResettlementPlotInput input) {
        validator.check(input, "resettlementPlot");
        ResettlementPlot plot = new ResettlementPlot();
        apply(input, plot);
        plotRecords.create(plot, PLOT + " '" + plot.code + "'");
        return ResettlementPlotView.of(plot, null);
    }

    @WriteAccess
    @Transactional
    public ResettlementPlotView updatePlot(UUID id, ResettlementPlotInput input) {
        validator.check(input, "resettlementPlot");
        plotRecords.update(id, input.version(), plot -> apply(input, plot));
        return getPlot(id);
    }

    @WriteAccess
    @Transactional
    public void deletePlot(UUID id) {
        ResettlementPlot plot = findPlot(id);
        if (households.count("plotId", id) > 0) {
            throw new ConflictException("Plot " + plot.code + " is assigned to a household; it cannot be deleted.");
        }
        plotRecords.delete(id);
    }

    private void apply(ResettlementPlotInput input, ResettlementPlot plot) {
        if (areas.findByIdOptional(input.areaId()).isEmpty()) {
            throw new InvalidInputException("areaId", "names no resettlement area");
        }
        String code = input.code().strip().toUpperCase(Locale.ROOT);
        if (plots.count("areaId = ?1 and code = ?2 and id <> ?3", input.areaId(), code,
                plot.id == null ? new UUID(0, 0) : plot.id) > 0) {
            throw new ConflictException("A plot with code '" + code + "' already exists in this area.");
        }
        plot.areaId = input.areaId();
        plot.code = code;
        plot.areaM2 = Amounts.exact(input.areaM2());
    }

    ResettlementPlot findPlot(UUID id) {
        return plotRecords.find(id);
    }

    private Map<UUID, UUID> assignedHouseholds(List<UUID> plotIds) {
        Map<UUID, UUID> byPlot = new HashMap<>();
        if (!plotIds.isEmpty()) {
            households.list("plotId in ?1", plotIds).forEach((RelocationHousehold h) -> byPlot.put(h.plotId, h.id));
        }
        return byPlot;
    }
}
