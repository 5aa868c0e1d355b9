package io.devzone.investment.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.investment.domain.MeetingProblem;

@Input("MeetingProblemInput")
@Description("A problem raised at a scheduling meeting (存在的问题): who owns it and when it is due; a `resolution` and"
        + " `resolvedOn` close it (both or neither). `version` is required to update.")
@RecordCopy(to = MeetingProblem.class)
public record MeetingProblemInput(
        @NotBlank @Size(max = 2000) String description,
        @Description("责任人") @NotBlank @Size(max = 100) String owner,
        @NotNull LocalDate dueOn,
        @Size(max = 2000) String resolution,
        @PastOrPresent LocalDate resolvedOn,
        @PositiveOrZero Integer version) implements RecordInput, MeetingProblemInputCopy {
}
