package io.devzone.investment.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.service.Records;
import io.devzone.commons.time.Periods;
import io.devzone.investment.domain.Indicator;
import io.devzone.investment.domain.Target;
import io.devzone.investment.domain.TargetRepository;
import io.devzone.investment.domain.WorkSummaryFigures;
import io.devzone.investment.mapping.TargetInput;
import io.devzone.investment.mapping.TargetProgress;
import io.devzone.investment.mapping.TargetView;

/** 年度目标任务: annual targets; completion and year-on-year growth are computed from the records when asked. */
@Singleton
public class TargetService extends RecordService<Target, TargetView, TargetInput, TargetFilter> {

    /** A year's target for an indicator: one at most. */
    private static final String OF_INDICATOR_AND_YEAR = "indicator = ?1 and year = ?2";

    @Inject
    WorkSummaryFigures figures;

    TargetService(TargetRepository targets) {
        super(Records.withHistory(targets, TargetView::of)
                .sortable("year,indicator", "targetValue")
                .tracking("targetValue", t -> t.targetValue));
    }

    /** As {@link #progress(UUID, LocalDate)}, with {@code to} as ISO-8601 text (REST's query parameter). */
    @ReadAccess
    public TargetProgress progressUntil(UUID id, String to) {
        return progress(id, Periods.parse("to", to));
    }

    /** The target's progress from 1 January of its year up to {@code to} (default: the end of its year). */
    @ReadAccess
    public TargetProgress progress(UUID id, LocalDate to) {
        Target target = records.find(id);
        LocalDate end = to == null ? LocalDate.of(target.year, 12, 31) : to;
        if (end.getYear() != target.year) {
            throw new InvalidInputException("to", "must fall in the target's year " + target.year);
        }
        return progress(target.indicator, LocalDate.of(target.year, 1, 1), end);
    }

    /** An indicator over a period within one year, against that year's target (if set) and the year before. */
    @ReadAccess
    public TargetProgress progress(Indicator indicator, LocalDate from, LocalDate to) {
        BigDecimal actual = figures.actual(indicator, from, to);
        BigDecimal before = figures.actual(indicator, from.minusYears(1), to.minusYears(1));
        BigDecimal targetValue = from.getYear() == to.getYear()
                ? records.first(OF_INDICATOR_AND_YEAR, indicator, to.getYear()).map(t -> t.targetValue).orElse(null)
                : null;
        return new TargetProgress(indicator, from, to, actual, before, Percentages.growth(actual, before),
                targetValue, targetValue == null ? null : Percentages.of(actual, targetValue));
    }

    @Override
    protected void apply(TargetInput input, Target target) {
        records.another(target, OF_INDICATOR_AND_YEAR, input.indicator(), input.year()).ifPresent(t -> {
            throw new ConflictException("A target for " + input.indicator() + " in " + input.year()
                    + " already exists (" + t.id + "); change that one instead.");
        });
        super.apply(input, target);
    }

    @Override
    protected String describe(Target target) {
        return records.type() + " " + target.indicator + " " + target.year;
    }
}
