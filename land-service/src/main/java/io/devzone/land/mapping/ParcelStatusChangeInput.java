package io.devzone.land.mapping;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.land.domain.ParcelStatus;

@Input("ParcelStatusChangeInput")
@Description("Moves a land parcel one status forward (PLANNED → ACQUIRING → ACQUIRED → LEVELLED → SUPPLIED) on a date"
        + " no earlier than its last move and not in the future; `investmentProjectId` is required exactly when moving"
        + " to SUPPLIED. Send the version you read.")
public record ParcelStatusChangeInput(
        @NotNull ParcelStatus status,
        @Description("The day the status was reached") @NotNull LocalDate on,
        @NotNull @PositiveOrZero Integer version,
        @Description("The investment project (investment-service) the parcel is supplied to: only when moving to SUPPLIED")
        @Id UUID investmentProjectId) {
}
