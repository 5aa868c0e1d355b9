package io.devzone.party.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.party.domain.MemberStage;

@Input("MemberStepInput")
@Description("The next step of a member's development, the day it was taken, and the member's `version` you read")
public record MemberStepInput(
        @NotNull MemberStage step,
        @NotNull LocalDate on,
        @NotNull @PositiveOrZero Integer version) {
}
