package io.devzone.investment.service;

import jakarta.inject.Singleton;

import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.Enterprise;
import io.devzone.investment.domain.EnterpriseMonthlyFigure;
import io.devzone.investment.domain.EnterpriseMonthlyFigureRepository;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureInput;
import io.devzone.investment.mapping.EnterpriseMonthlyFigureView;

/** An enterprise's monthly figures: one record per enterprise per month; a second one for a month is a conflict. */
@Singleton
public class EnterpriseMonthlyFigureService extends RecordService<EnterpriseMonthlyFigure, EnterpriseMonthlyFigureView,
        EnterpriseMonthlyFigureInput, EnterpriseMonthlyFigureFilter> {

    EnterpriseMonthlyFigureService(EnterpriseMonthlyFigureRepository figures) {
        super(Records.withHistory(figures, EnterpriseMonthlyFigureView::of)
                .sortable("month", "taxPaidCny", "industrialAddedValueCny", "fixedAssetInvestmentCny")
                .childOf("enterpriseId", f -> f.enterpriseId, "month, id")
                .unique("enterpriseId = ?1 and month = ?2", f -> "The enterprise " + f.enterpriseId
                        + " already has figures for " + f.month
                        + "; change that record instead (one record per enterprise per month).",
                        f -> f.enterpriseId, f -> f.month)
                .tracking("taxPaidCny", f -> f.taxPaidCny)
                .tracking("industrialAddedValueCny", f -> f.industrialAddedValueCny)
                .tracking("fixedAssetInvestmentCny", f -> f.fixedAssetInvestmentCny));
    }

    @Override
    protected void checkRules(EnterpriseMonthlyFigureInput input) {
        if (input.month().getDayOfMonth() != 1) {
            throw new InvalidInputException("month", "must be the first day of the month, e.g. "
                    + input.month().withDayOfMonth(1));
        }
        referenced(Enterprise.class, "enterpriseId", input.enterpriseId(),
                "names no enterprise: " + input.enterpriseId());
    }

    @Override
    protected String describe(EnterpriseMonthlyFigure figure) {
        return records.type() + " of " + figure.month;
    }
}
