package io.devzone.investment.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.devzone.commons.service.PeriodSummaryService;
import io.devzone.investment.domain.Indicator;
import io.devzone.investment.domain.PipelineStage;
import io.devzone.investment.domain.WorkSummaryFigures;
import io.devzone.investment.mapping.InvestmentSummary;
import io.devzone.investment.mapping.TargetProgress;
import io.devzone.investment.mapping.WorkSummary;

/** The investment section of the work summary, computed from the records each time it is asked for. */
@ApplicationScoped
public class WorkSummaryService extends PeriodSummaryService<WorkSummary> {

    @Inject
    WorkSummaryFigures figures;
    @Inject
    TargetService targets;

    @Override
    protected WorkSummary figures(LocalDate from, LocalDate to) {
        var landed = figures.landed(from, to);
        var capital = figures.capitalInPlace(from, to);
        var intent = figures.atStage(PipelineStage.INTENT, to);
        var negotiating = figures.atStage(PipelineStage.NEGOTIATING, to);
        var strategic = figures.strategicInvestors(to);
        var financing = figures.financing(from, to);
        var infrastructure = figures.infrastructure(from, to);
        TargetProgress tax = targets.progress(Indicator.TAX_PAID_CNY, from, to);
        TargetProgress added = targets.progress(Indicator.INDUSTRIAL_ADDED_VALUE_CNY, from, to);
        TargetProgress fixed = targets.progress(Indicator.FIXED_ASSET_INVESTMENT_CNY, from, to);
        var taxPayers = figures.taxPayersAbove(WorkSummaryFigures.ONE_MILLION, from, to);
        BigDecimal[] industrialTax = figures.industrialTaxPaid(from, to);
        BigDecimal foreignBefore = figures.capitalInPlace(from.minusYears(1), to.minusYears(1))[1];
        return new WorkSummary(from, to, new InvestmentSummary(
                (int) landed.projects(), landed.investmentCny(), (int) landed.over100Million(),
                (int) landed.from20To100Million(),
                capital[0], capital[1], Percentages.growth(capital[1], foreignBefore),
                (int) intent.count(), intent.sumCny(),
                (int) negotiating.count(), negotiating.sumCny(),
                (int) strategic.count(), strategic.sumCny(),
                financing[0], financing[1], financing[2], financing[3], figures.subsidisedEnterprises(from, to),
                (int) infrastructure.completed(), infrastructure.completedInvestmentCny(),
                (int) infrastructure.underConstruction(), infrastructure.underConstructionBudgetCny(),
                infrastructure.underConstructionCompletedCny(),
                // the source's 完成任务 of the works under construction: no yearly task is recorded for them, their
                // budget is the task they were started with (855万 of 1,735万: the source rounds 49.3% to 50%)
                Percentages.of(infrastructure.underConstructionCompletedCny(),
                        infrastructure.underConstructionBudgetCny()),
                infrastructure.earthworkM3(),
                infrastructure.landLevelledMu(),
                tax.actual(), tax.yoyGrowthPercent(), tax.targetCompletionPercent(), industrialTax[0], industrialTax[1],
                (int) taxPayers.count(), taxPayers.growingOver50Percent().size(), taxPayers.growingOver50Percent(),
                added.actual(), added.yoyGrowthPercent(), added.targetCompletionPercent(),
                fixed.actual(), fixed.yoyGrowthPercent(),
                (int) figures.meetingsHeld(from, to), (int) figures.liaisonGroups(to)));
    }
}
