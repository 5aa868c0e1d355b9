package io.devzone.land.mapping;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.land.domain.DisputeStatus;
import io.devzone.land.domain.LandDispute;

@Input("LandDisputeInput")
@Description("A dispute (纠纷) over land: `status` defaults to OPEN; `resolvedOn` is required exactly when RESOLVED;"
        + " a resolved dispute stays resolved; `version` is required to update.")
@RecordCopy(to = LandDispute.class, except = "status")
public record LandDisputeInput(
        @NotNull @Id UUID parcelId,
        @Id UUID acquisitionId,
        @NotBlank @Size(max = 500) String subject,
        @NotNull LocalDate raisedOn,
        @Description("How it is being handled (调处)") @Size(max = 2000) String handling,
        DisputeStatus status,
        LocalDate resolvedOn,
        @Description("Who follows it to its end (责任人)") @Size(max = 100) String owner,
        @Description("When it is to be settled by; not before raisedOn") LocalDate dueOn,
        @PositiveOrZero Integer version) implements RecordInput, LandDisputeInputCopy {
}
