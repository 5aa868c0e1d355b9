package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.InfrastructureKind;
import io.devzone.investment.domain.InfrastructureProject;
import io.devzone.investment.domain.InfrastructureStatus;

@Input("InfrastructureProjectInput")
@Description("An infrastructure project. PLANNED has no dates, UNDER_CONSTRUCTION a `startedOn`, COMPLETED also a"
        + " `completedOn`; `investmentCompletedCny` is never above `spentCny`. `version` is required to update.")
@RecordCopy(to = InfrastructureProject.class)
public record InfrastructureProjectInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull InfrastructureKind kind,
        Park park,
        @NotNull InfrastructureStatus status,
        @Description("项目总投资, yuan") @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal budgetCny,
        @Description("Paid out so far, yuan") @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal spentCny,
        @Description("已完成投资 to date, yuan") @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal investmentCompletedCny,
        @Description("土石方, m³") @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal earthworkM3,
        @Description("平整土地, 亩") @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal landLevelledMu,
        @PastOrPresent LocalDate startedOn,
        @PastOrPresent LocalDate completedOn,
        @PositiveOrZero Integer version) implements RecordInput, InfrastructureProjectInputCopy {
}
