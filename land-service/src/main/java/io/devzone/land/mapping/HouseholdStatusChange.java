package io.devzone.land.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.land.domain.HouseholdStatus;

@Input("HouseholdStatusChange")
@Description("Moves a household one status forward, on a date: SURVEYED → NEGOTIATING → CONTRACT_SIGNED →"
        + " DEMOLISHED → RESETTLED (RESETTLED needs a plot assigned). Send the version you read.")
public record HouseholdStatusChange(@NotNull HouseholdStatus status, @NotNull LocalDate on,
        @NotNull @PositiveOrZero Integer version) {
}
