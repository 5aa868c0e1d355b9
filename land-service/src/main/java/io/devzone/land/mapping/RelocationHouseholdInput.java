package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.record.RecordInput;

@Input("RelocationHouseholdInput")
@Description("A relocation household (拆迁户). Names, identity numbers (18 characters with a valid check digit) and"
        + " phones are personal data, stored encrypted. Status moves through `status-changes`, the plot through"
        + " `plot-assignment`; `version` is required to update.")
public record RelocationHouseholdInput(
        @NotNull @Id UUID parcelId,
        @Description("Head of household (户主)") @NotBlank @Size(max = 50) String headName,
        @Description("Head's identity-card number") @NotBlank String idNumber,
        @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}", message = "must be a phone number (digits, spaces, dashes)")
        String phone,
        @Size(max = 30) List<@NotNull @Valid HouseholdMember> members,
        @Description("House floor area in square metres")
        @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal houseAreaM2,
        @Description("Compensation agreed, in yuan; every change is on record")
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal compensationCny,
        @PositiveOrZero Integer version) implements RecordInput {
}
