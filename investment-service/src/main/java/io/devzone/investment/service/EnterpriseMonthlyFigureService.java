package io.devzone.investment.service;

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
import io.devzone.investment.domain.EnterpriseMonthlyFigure;
import io.devzone.investment.domain.EnterpriseMonthlyFigureRepository;
import io.devzone.investment.domain.EnterpriseRepository;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureInput;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureView;

/** An enterprise's monthly figures: one record per enterprise per month; a second one for a month is a conflict. */
@ApplicationScoped
public class EnterpriseMonthlyFigureService {

    static final String TYPE = "EnterpriseMonthlyFigure";
    private static final Map<String, String> SORTABLE = Map.of(
            "month", "month", "taxPaidCny", "taxPaidCny", "industrialAddedValueCny", "industrialAddedValueCny",
            "fixedAssetInvestmentCny", "fixedAssetInvestmentCny", "createdAt", "createdAt");

    private final EnterpriseMonthlyFigureRepository figures;
    private final Records<EnterpriseMonthlyFigure, EnterpriseMonthlyFigureView> records;
    private final EnterpriseRepository enterprises;
    private final InputValidator validator;

    EnterpriseMonthlyFigureService(EnterpriseMonthlyFigureRepository figures, EnterpriseRepository enterprises,
            InputValidator validator, ChangeHistory history, AccessGuard guard) {
        this.figures = figures;
        this.enterprises = enterprises;
        this.validator = validator;
        this.records = Records.of(figures, TYPE, EnterpriseMonthlyFigureView::of, guard, history)
                .tracking("taxPaidCny", f -> f.taxPaidCny)
                .tracking("industrialAddedValueCny", f -> f.industrialAddedValueCny)
                .tracking("fixedAssetInvestmentCny", f -> f.fixedAssetInvestmentCny);
    }

    @ReadAccess
    public Page<EnterpriseMonthlyFigureView> list(EnterpriseMonthlyFigureFilter filter, PageRequest page) {
        var criteria = (filter == null ? new EnterpriseMonthlyFigureFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "month");
    }

    @ReadAccess
    public EnterpriseMonthlyFigureView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<EnterpriseMonthlyFigureView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    /** Each enterprise's figures, by month, for resolving {@code Enterprise.monthlyFigures} in one query. */
    @ReadAccess
    public Map<UUID, List<EnterpriseMonthlyFigureView>> byEnterprises(List<UUID> enterpriseIds) {
        return records.viewsByParent("enterpriseId", f -> f.enterpriseId, enterpriseIds, "month, id");
    }

    @WriteAccess
    @Transactional
    public EnterpriseMonthlyFigureView create(EnterpriseMonthlyFigureInput input) {
        check(input, null);
        EnterpriseMonthlyFigure figure = new EnterpriseMonthlyFigure();
        apply(input, figure);
        records.create(figure, TYPE + " of " + input.month());
        return EnterpriseMonthlyFigureView.of(figure);
    }

    @WriteAccess
    @Transactional
    public EnterpriseMonthlyFigureView update(UUID id, EnterpriseMonthlyFigureInput input) {
        records.find(id);
        check(input, id);
        return EnterpriseMonthlyFigureView.of(records.update(id, input.version(), figure -> apply(input, figure)));
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

    private void check(EnterpriseMonthlyFigureInput input, UUID id) {
        validator.check(input, "enterpriseMonthlyFigure");
        if (input.month().getDayOfMonth() != 1) {
            throw new InvalidInputException("month", "must be the first day of the month, e.g. "
                    + input.month().withDayOfMonth(1));
        }
        if (enterprises.findByIdOptional(input.enterpriseId()).isEmpty()) {
            throw new InvalidInputException("enterpriseId", "names no enterprise: " + input.enterpriseId());
        }
        if (figures.monthTaken(input.enterpriseId(), input.month(), id)) {
            throw new ConflictException("The enterprise " + input.enterpriseId() + " already has figures for "
                    + input.month() + "; change that record instead (one record per enterprise per month).");
        }
    }

    private static void apply(EnterpriseMonthlyFigureInput input, EnterpriseMonthlyFigure figure) {
        figure.enterpriseId = input.enterpriseId();
        figure.month = input.month();
        figure.taxPaidCny = Money.of(input.taxPaidCny());
        figure.industrialAddedValueCny = Money.of(input.industrialAddedValueCny());
        figure.fixedAssetInvestmentCny = Money.of(input.fixedAssetInvestmentCny());
    }
}
