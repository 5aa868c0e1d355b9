package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.LandParcel;
import io.devzone.land.domain.ParcelStatus;
import io.devzone.land.domain.PlannedUse;

@Input("LandParcelInput")
@Description("A land parcel. `code` is kept in upper case; on creation `status` is the status the parcel has already"
        + " reached (PLANNED when left out), dated by `statusOn`; afterwards it moves only by status changes"
        + " (changeLandParcelStatus), and an update may only repeat it; `investmentProjectId` is required exactly when the"
        + " status is SUPPLIED; `version` is required to update.")
@RecordCopy(to = LandParcel.class, except = {"code", "areaMu", "status", "statusOn"})
public record LandParcelInput(
        @Description("Unique code, e.g. JB-2011-001")
        @NotBlank @Size(max = 40) String code,
        @Description("Name or location")
        @NotBlank @Size(max = 200) String name,
        @NotNull Park park,
        @Description("Area in mu (亩), at most two decimals")
        @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal areaMu,
        @NotNull PlannedUse plannedUse,
        @Description("On creation, the status already reached; on update, the current status or nothing")
        ParcelStatus status,
        @Description("The investment project (investment-service) the parcel is supplied to")
        @Id UUID investmentProjectId,
        @Description("On creation, the day the status was reached (its dated history), today when left out; ignored on update")
        LocalDate statusOn,
        @PositiveOrZero Integer version) implements RecordInput, LandParcelInputCopy {
}
