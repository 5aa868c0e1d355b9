package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The investment department's section of the work summary (section 一 of the source): every figure is computed from
 * the records of the period, none is stored. Amounts in yuan or US dollars as named; percentages rounded to one
 * decimal, null where there is nothing to compare with.
 */
@Type("InvestmentSummary")
@Description("招商引资、项目建设 for a period: every figure computed from the records, none stored")
public record InvestmentSummary(
        @Description("落户项目: projects with a LANDED transition dated in the period") int landedProjects,
        @Description("Their agreed investment, yuan") @NonNull BigDecimal landedInvestmentCny,
        @Description("Of them, agreed investment of 1亿 (100,000,000 yuan) or more") int landedProjectsOver100Million,
        @Description("Of them, at least 2,000万 and under 1亿") int landedProjects20To100Million,
        @Description("到位内资 arrived in the period, yuan") @NonNull BigDecimal capitalInPlaceDomesticCny,
        @Description("实际利用外资 arrived in the period, US dollars") @NonNull BigDecimal capitalInPlaceForeignUsd,
        @Description("外资增幅: against the foreign capital arrived in the same days a year before, percent")
        BigDecimal capitalInPlaceForeignYoyGrowthPercent,
        @Description("达成意向: projects at INTENT at the end of the period") int intentProjects,
        @Description("Their agreed investment, yuan") @NonNull BigDecimal intentInvestmentCny,
        @Description("跟踪洽谈: projects at NEGOTIATING at the end of the period") int negotiatingProjects,
        @Description("Their agreed investment, yuan") @NonNull BigDecimal negotiatingInvestmentCny,
        @Description("战略投资者: enterprises with a strategic project in the pipeline (not dropped) at the end")
        int strategicInvestors,
        @Description("Their projects' agreed investment, yuan") @NonNull BigDecimal strategicInvestmentCny,
        @Description("融资 arranged in the period, yuan") @NonNull BigDecimal financingArrangedCny,
        @Description("Of it, received (已到位), yuan") @NonNull BigDecimal financingReceivedCny,
        @Description("Received for the zone's infrastructure, yuan") @NonNull BigDecimal financingForInfrastructureCny,
        @Description("Subsidies received by enterprises (财政奖补贴息), yuan") @NonNull BigDecimal enterpriseSubsidiesReceivedCny,
        @Description("The enterprises that received subsidies arranged in the period, by name: in the order their first"
                + " was arranged, the larger first on one day") @NonNull List<@NonNull String> subsidisedEnterprises,
        @Description("Infrastructure projects completed in the period") int infrastructureCompleted,
        @Description("Their completed investment, yuan") @NonNull BigDecimal infrastructureCompletedInvestmentCny,
        @Description("Infrastructure projects under construction at the end of the period") int infrastructureUnderConstruction,
        @Description("Their budget, yuan") @NonNull BigDecimal infrastructureUnderConstructionBudgetCny,
        @Description("Their investment completed to date, yuan") @NonNull BigDecimal infrastructureUnderConstructionCompletedCny,
        @Description("完成任务: their investment completed to date of their budget, percent")
        BigDecimal infrastructureUnderConstructionCompletionPercent,
        @Description("Earthwork of the completed and building projects, m³") @NonNull BigDecimal earthworkM3,
        @Description("Land they levelled, 亩") @NonNull BigDecimal landLevelledMu,
        @Description("园区企业实缴税金 in the months of the period, yuan") @NonNull BigDecimal taxPaidCny,
        @Description("同比增长 over the same months a year before, percent") BigDecimal taxPaidYoyGrowthPercent,
        @Description("Of the year's TAX_PAID_CNY target, percent") BigDecimal taxPaidTargetCompletionPercent,
        @Description("Of the tax paid, the industrial enterprises' (园区工业企业, 利废企业 included), yuan")
        @NonNull BigDecimal industrialTaxPaidCny,
        @Description("Of the tax paid, the industrial enterprises' above designated size (规模以上工业企业), yuan")
        @NonNull BigDecimal aboveDesignatedSizeTaxPaidCny,
        @Description("Enterprises that paid over 100万 (1,000,000 yuan) of tax in the period") int enterprisesPayingTaxOver1Million,
        @Description("Of them, those whose tax grew over 50% year on year") int enterprisesPayingTaxOver1MillionGrowingOver50Percent,
        @Description("The enterprises paying over 100万 whose tax grew over 50%, by name, the largest taxpayer first")
        @NonNull List<@NonNull String> taxPayersGrowingOver50Percent,
        @Description("工业增加值 in the months of the period, yuan") @NonNull BigDecimal industrialAddedValueCny,
        @Description("Percent, year on year") BigDecimal industrialAddedValueYoyGrowthPercent,
        @Description("Of the year's target, percent") BigDecimal industrialAddedValueTargetCompletionPercent,
        @Description("固定资产投资 in the months of the period, yuan") @NonNull BigDecimal fixedAssetInvestmentCny,
        @Description("Percent, year on year") BigDecimal fixedAssetInvestmentYoyGrowthPercent,
        @Description("调度会 held in the period") int schedulingMeetings,
        @Description("项目联络工作组 following projects in the pipeline at the end of the period") int liaisonGroups) {
}
