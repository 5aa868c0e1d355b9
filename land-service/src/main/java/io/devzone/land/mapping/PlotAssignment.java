package io.devzone.land.mapping;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("PlotAssignment")
@Description("Assigns a resettlement plot to a household; a plot goes to at most one household. Send the version you read.")
public record PlotAssignment(@NotNull @Id UUID plotId, @NotNull @PositiveOrZero Integer version) {
}
