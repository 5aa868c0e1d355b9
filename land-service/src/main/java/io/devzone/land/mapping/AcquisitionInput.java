package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.land.domain.Acquisition;

@Input("AcquisitionInput")
@Description("An acquisition (征地) of part of a parcel: the parcel's acquired total never exceeds its area;"
        + " `version` is required to update.")
@RecordCopy(to = Acquisition.class, except = "forestQuotaMu")
public record AcquisitionInput(
        @NotNull @Id UUID parcelId,
        @Description("Area acquired in mu (亩)")
        @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal areaMu,
        @NotNull LocalDate acquiredOn,
        @Description("Compensation paid, in yuan")
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal compensationCny,
        @Description("Forest-land occupation quota (林地占用指标) needed, in mu; 0 when none")
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal forestQuotaMu,
        @Size(max = 500) String note,
        @PositiveOrZero Integer version) implements RecordInput, AcquisitionInputCopy {
}
