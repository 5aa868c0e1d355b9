package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.IndustryChain;
import io.devzone.investment.domain.PipelineStage;

@Input("InvestmentProjectInput")
@Description("An investment project. `stage` defaults to LEAD on creation; `version` is required to update.")
public record InvestmentProjectInput(
        @NotBlank @Size(max = 200) String name,
        @Id @NotNull UUID enterpriseId,
        @NotNull IndustryChain industryChain,
        @NotNull Park park,
        @Description("Agreed investment in yuan (CNY), at most two decimals")
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal agreedInvestmentCny,
        boolean strategicInvestor,
        PipelineStage stage,
        @PositiveOrZero Integer version) {
}
