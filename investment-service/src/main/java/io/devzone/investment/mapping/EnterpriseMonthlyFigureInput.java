package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.investment.domain.EnterpriseMonthlyFigure;

@Input("EnterpriseMonthlyFigureInput")
@Description("An enterprise's figures for one month (`month` is its first day, e.g. 2011-06-01); one record per"
        + " enterprise and month. `version` is required to update.")
@RecordCopy(to = EnterpriseMonthlyFigure.class)
public record EnterpriseMonthlyFigureInput(
        @Id @NotNull UUID enterpriseId,
        @NotNull LocalDate month,
        @Description("实缴税金, yuan") @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal taxPaidCny,
        @Description("工业增加值, yuan") @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal industrialAddedValueCny,
        @Description("固定资产投资, yuan") @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal fixedAssetInvestmentCny,
        @PositiveOrZero Integer version) implements RecordInput, EnterpriseMonthlyFigureInputCopy {
}
