package io.devzone.investment.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.investment.domain.PipelineStage;

@Input("StageChangeInput")
@Description("Moves a project to the next stage (or DROPPED) on a date no earlier than its last move; send the version you read.")
public record StageChangeInput(
        @NotNull PipelineStage stage,
        @Description("The business date of the move") @NotNull @PastOrPresent LocalDate on,
        @NotNull @PositiveOrZero Integer version) {
}
