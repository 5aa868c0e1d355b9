package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.IndustryChain;
import io.devzone.investment.domain.InvestmentProject;
import io.devzone.investment.domain.PipelineStage;

@Input("InvestmentProjectInput")
@Description("An investment project. On creation it enters the pipeline at `stage` (default LEAD) on `stageOn` (default today);"
        + " afterwards the stage moves only by stage changes, so an update sends the current stage or none."
        + " `version` is required to update.")
@RecordCopy(to = InvestmentProject.class, except = {"stage", "stageOn"})
public record InvestmentProjectInput(
        @NotBlank @Size(max = 200) String name,
        @Id @NotNull UUID enterpriseId,
        @NotNull IndustryChain industryChain,
        @NotNull Park park,
        @Description("Agreed investment in yuan (CNY), at most two decimals")
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal agreedInvestmentCny,
        boolean strategicInvestor,
        @Description("项目联络工作组") @Size(max = 100) String liaisonGroup,
        @Description("责任领导") @Size(max = 100) String responsibleLeader,
        PipelineStage stage,
        @Description("The date the project reached `stage`, on creation") @PastOrPresent LocalDate stageOn,
        @PositiveOrZero Integer version) implements RecordInput, InvestmentProjectInputCopy {
}
