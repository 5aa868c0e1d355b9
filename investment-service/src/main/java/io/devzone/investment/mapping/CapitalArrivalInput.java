package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
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
import io.devzone.investment.domain.CapitalArrival;
import io.devzone.investment.domain.CapitalOrigin;

@Input("CapitalArrivalInput")
@Description("Capital in place (到位资金): DOMESTIC capital gives `amountCny`, FOREIGN capital `amountUsd`, never both."
        + " `version` is required to update.")
@RecordCopy(to = CapitalArrival.class)
public record CapitalArrivalInput(
        @Id @NotNull UUID investmentProjectId,
        @NotNull CapitalOrigin origin,
        @NotNull @PastOrPresent LocalDate arrivedOn,
        @Description("Domestic capital in yuan") @Positive @Digits(integer = 16, fraction = 2) BigDecimal amountCny,
        @Description("Foreign capital in US dollars") @Positive @Digits(integer = 16, fraction = 2) BigDecimal amountUsd,
        @Size(max = 500) String note,
        @PositiveOrZero Integer version) implements RecordInput, CapitalArrivalInputCopy {
}
