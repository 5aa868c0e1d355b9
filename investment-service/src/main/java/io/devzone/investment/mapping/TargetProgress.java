package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.devzone.investment.domain.Indicator;

@Type("TargetProgress")
@Description("An indicator's value from 1 January to `to`, computed from the records, against the annual target and"
        + " the same span a year before. Percentages are rounded to one decimal; null where there is nothing to"
        + " compare with.")
public record TargetProgress(
        @NonNull Indicator indicator,
        @NonNull LocalDate from,
        @NonNull LocalDate to,
        @NonNull BigDecimal actual,
        @Description("The same span a year before") @NonNull BigDecimal previousYearActual,
        @Description("同比增长, percent") BigDecimal yoyGrowthPercent,
        @Description("The year's target, if one is set") BigDecimal targetValue,
        @Description("完成年度目标任务, percent") BigDecimal targetCompletionPercent) {
}
