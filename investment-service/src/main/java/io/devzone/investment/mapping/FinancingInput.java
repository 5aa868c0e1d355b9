package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.investment.domain.Financing;
import io.devzone.investment.domain.FinancingBeneficiary;
import io.devzone.investment.domain.FinancingKind;

@Input("FinancingInput")
@Description("Financing (融资) arranged for an ENTERPRISE (give `enterpriseId`) or for ZONE_INFRASTRUCTURE (no"
        + " enterprise); `receivedCny` is never above `arrangedCny`. `version` is required to update.")
@RecordCopy(to = Financing.class)
public record FinancingInput(
        @NotNull FinancingBeneficiary beneficiary,
        @Id UUID enterpriseId,
        @NotNull FinancingKind kind,
        @Description("The bank, fund or government body") @NotBlank @Size(max = 200) String source,
        @NotNull @PastOrPresent LocalDate arrangedOn,
        @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal arrangedCny,
        @Description("已到位, yuan") @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal receivedCny,
        @PositiveOrZero Integer version) implements RecordInput, FinancingInputCopy {
}
