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
import io.devzone.land.domain.LandUseCase;
import io.devzone.land.domain.LandUseCaseType;

@Input("LandUseCaseInput")
@Description("A land-use case (用地报批): `caseNumber` is unique and kept in upper case; it is handled once"
        + " `approvedOn` is set, which is not before `submittedOn`. `version` is required to update.")
@RecordCopy(to = LandUseCase.class, except = "caseNumber")
public record LandUseCaseInput(
        @NotBlank @Size(max = 40) String caseNumber,
        @Id UUID parcelId,
        @NotNull LandUseCaseType type,
        @NotBlank @Size(max = 200) String subject,
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal areaMu,
        @NotNull LocalDate submittedOn,
        LocalDate approvedOn,
        @PositiveOrZero Integer version) implements RecordInput, LandUseCaseInputCopy {
}
