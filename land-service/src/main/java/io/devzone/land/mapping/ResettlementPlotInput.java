package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.land.domain.ResettlementPlot;

@Input("ResettlementPlotInput")
@Description("A plot of a resettlement area; `code` is unique within the area, kept in upper case."
        + " `version` is required to update.")
@RecordCopy(to = ResettlementPlot.class, except = "code")
public record ResettlementPlotInput(
        @NotNull @Id UUID areaId,
        @NotBlank @Size(max = 40) String code,
        @Description("Plot area in square metres")
        @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal areaM2,
        @PositiveOrZero Integer version) implements RecordInput, ResettlementPlotInputCopy {
}
