package io.devzone.land.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.land.domain.StepStatus;

@Input("ApprovalStepInput")
public record ApprovalStepInput(@NotBlank @Size(max = 200) String name, @NotNull StepStatus status,
        LocalDate decidedOn,
        @Description("Who carries the step through where the zone itself must (责任人); none while it waits on"
                + " another body") @Size(max = 100) String owner,
        @Description("When the step is to be done by") LocalDate dueOn) {
}
