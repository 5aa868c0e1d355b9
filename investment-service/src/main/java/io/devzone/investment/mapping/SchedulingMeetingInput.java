package io.devzone.investment.mapping;

import java.time.LocalDate;
import java.util.List;
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
import io.devzone.investment.domain.MeetingKind;
import io.devzone.investment.domain.SchedulingMeeting;

@Input("SchedulingMeetingInput")
@Description("A scheduling meeting (调度会) and the investment projects it reviewed; problems are added to it"
        + " separately. `version` is required to update.")
@RecordCopy(to = SchedulingMeeting.class)
public record SchedulingMeetingInput(
        @NotNull MeetingKind kind,
        @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String summary,
        @Id @Size(max = 200) List<@NotNull UUID> investmentProjectIds,
        @PositiveOrZero Integer version) implements RecordInput, SchedulingMeetingInputCopy {
}
