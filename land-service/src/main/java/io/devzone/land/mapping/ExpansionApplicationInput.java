package io.devzone.land.mapping;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.record.RecordInput;

@Input("ExpansionApplicationInput")
@Description("The park expansion application (扩园申报) with its approval steps in order; a step is decided"
        + " (`decidedOn`) exactly when APPROVED or REJECTED. `version` is required to update.")
public record ExpansionApplicationInput(
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate submittedOn,
        @NotNull @Size(max = 20) List<@NotNull @Valid ApprovalStepInput> steps,
        @PositiveOrZero Integer version) implements RecordInput {
}
