package io.devzone.investment.mapping;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.investment.domain.Indicator;
import io.devzone.investment.domain.Target;

@Input("TargetInput")
@Description("An annual target (年度目标任务): one per indicator and year, in the indicator's unit (yuan)."
        + " `version` is required to update.")
@RecordCopy(to = Target.class)
public record TargetInput(
        @NotNull Indicator indicator,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal targetValue,
        @PositiveOrZero Integer version) implements RecordInput, TargetInputCopy {
}
