package io.devzone.investment.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.commons.time.Periods;
import io.devzone.investment.domain.Indicator;
import io.devzone.investment.domain.WorkSummaryFigures;
import io.devzone.investment.domain.Target;
import io.devzone.investment.domain.TargetRepository;
import io.devzone.investment.mapping.TargetInput;
import io.devzone.investment.mapping.TargetProgress;
import io.devzone.investment.mapping.TargetView;

/** 年度目标任务: annual targets; completion and year-on-year growth are computed from the records when asked. */
@ApplicationScoped
public class TargetService {

    static final String TYPE = "Target";
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Map<String, String> SORTABLE = Map.of(
            "indicator", "indicator", "year", "year", "targetValue", "targetValue", "createdAt", "createdAt");

    private final TargetRepository targets;
    private final Records<Target, TargetView> records;
    private final WorkSummaryFigures figures;
    private final InputValidator validator;

    TargetService(TargetRepository targets, WorkSummaryFigures figures, InputValidator validator, ChangeHistory history,
            AccessGuard guard) {
        this.targets = targets;
        this.figures = figures;
        this.validator = validator;
        this.records = Records.of(targets, TYPE, TargetView::of, guard, history)
                .tracking("targetValue", t -> t.targetValue);
    }

    @ReadAccess
    public Page<TargetView> list(TargetFilter filter, PageRequest page) {
        var criteria = (filter == null ? new TargetFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "year,indicator");
    }

    @ReadAccess
    public TargetView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<TargetView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @WriteAccess
    @Transactional
    public TargetView create(TargetInput input) {
        check(input, null);
        Target target = new Target();
        apply(input, target);
        records.create(target, TYPE + " " + input.indicator() + " " + input.year());
        return TargetView.of(target);
    }

    @WriteAccess
    @Transactional
    public TargetView update(UUID id, TargetInput input) {
        records.find(id);
        check(input, id);
        return TargetView.of(records.update(id, input.version(), target -> apply(input, target)));
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    /** As {@link #progress(UUID, LocalDate)}, with {@code to} as ISO-8601 text (REST). */
    @ReadAccess
    public TargetProgress progress(UUID id, String to) {
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
                ? targets.of(indicator, to.getYear()).map(t -> t.targetValue).orElse(null)
                : null;
        return new TargetProgress(indicator, from, to, actual, before, growth(actual, before), targetValue,
                targetValue == null ? null : percent(actual, targetValue));
    }

    static BigDecimal growth(BigDecimal now, BigDecimal before) {
        return before.signum() == 0 ? null : percent(now.subtract(before), before);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private void check(TargetInput input, UUID id) {
        validator.check(input, "target");
        targets.of(input.indicator(), input.year()).filter(t -> !t.id.equals(id)).ifPresent(t -> {
            throw new ConflictException("A target for " + input.indicator() + " in " + input.year()
                    + " already exists (" + t.id + "); change that one instead.");
        });
    }

    private static void apply(TargetInput input, Target target) {
        target.indicator = input.indicator();
        target.year = input.year();
        target.targetValue = Money.of(input.targetValue());
    }
}
