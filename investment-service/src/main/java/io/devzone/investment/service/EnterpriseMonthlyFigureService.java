package io.devzone.investment.service;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.money.Money;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.EnterpriseMonthlyFigure;
import io.devzone.investment.domain.EnterpriseMonthlyFigureRepository;
import io.devzone.investment.domain.EnterpriseRepository;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureInput;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureView;

/** An enterprise's monthly figures: one record per enterprise per month; a second one for a month is a conflict. */
@Singleton
public class EnterpriseMonthlyFigureService extends RecordService<EnterpriseMonthlyFigure, EnterpriseMonthlyFigureView,
        EnterpriseMonthlyFigureInput, EnterpriseMonthlyFigureFilter> {

    private final EnterpriseMonthlyFigureRepository figures;
    private final EnterpriseRepository enterprises;

    EnterpriseMonthlyFigureService(EnterpriseMonthlyFigureRepository figures, EnterpriseRepository enterprises,
            ChangeHistory history, AccessGuard guard) {
        super(Records.of(figures, "EnterpriseMonthlyFigure", EnterpriseMonthlyFigureView::of, guard, history)
                .sortable("month", "month", "taxPaidCny", "industrialAddedValueCny", "fixedAssetInvestmentCny",
                        "createdAt")
                .tracking("taxPaidCny", f -> f.taxPaidCny)
                .tracking("industrialAddedValueCny", f -> f.industrialAddedValueCny)
                .tracking("fixedAssetInvestmentCny", f -> f.fixedAssetInvestmentCny), EnterpriseMonthlyFigure::new);
        this.figures = figures;
        this.enterprises = enterprises;
    }

    /** Each enterprise's figures, by month, for resolving {@code Enterprise.monthlyFigures} in one query. */
    @ReadAccess
    public List<List<EnterpriseMonthlyFigureView>> ofEnterprises(List<UUID> enterpriseIds) {
        return records.viewsOfEach("enterpriseId", f -> f.enterpriseId, enterpriseIds, "month, id");
    }

    @Override
    protected void check(EnterpriseMonthlyFigureInput input) {
        super.check(input);
        if (input.month().getDayOfMonth() != 1) {
            throw new InvalidInputException("month", "must be the first day of the month, e.g. "
                    + input.month().withDayOfMonth(1));
        }
        if (enterprises.findByIdOptional(input.enterpriseId()).isEmpty()) {
            throw new InvalidInputException("enterpriseId", "names no enterprise: " + input.enterpriseId());
        }
    }

    @Override
    protected void apply(EnterpriseMonthlyFigureInput input, EnterpriseMonthlyFigure figure) {
        if (figures.monthTaken(input.enterpriseId(), input.month(), figure.id)) {
            throw new ConflictException("The enterprise " + input.enterpriseId() + " already has figures for "
                    + input.month() + "; change that record instead (one record per enterprise per month).");
        }
        figure.enterpriseId = input.enterpriseId();
        figure.month = input.month();
        figure.taxPaidCny = Money.of(input.taxPaidCny());
        figure.industrialAddedValueCny = Money.of(input.industrialAddedValueCny());
        figure.fixedAssetInvestmentCny = Money.of(input.fixedAssetInvestmentCny());
    }

    @Override
    protected String describe(EnterpriseMonthlyFigure figure) {
        return records.type() + " of " + figure.month;
    }
}
