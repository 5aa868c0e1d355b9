package io.devzone.party.mapping;

import java.time.LocalDate;
import java.util.Set;
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
import io.devzone.party.domain.PartyActivity;

import io.devzone.party.domain.ActivityType;

@Input("PartyActivityInput")
@Description("A Party activity (活动). `heldOn` may be in the future for a planned activity; "
        + "`enterpriseIds` are the investment service's enterprise ids; `version` is required to update.")
@RecordCopy(to = PartyActivity.class)
public record PartyActivityInput(
        @NotNull ActivityType type,
        @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 200) String organiser,
        @NotNull @PositiveOrZero Integer participantsCount,
        @Size(max = 4000) String summary,
        @Description("The enterprises involved; none when left out")
        @Id @Size(max = 200) Set<UUID> enterpriseIds,
        @PositiveOrZero Integer version) implements RecordInput, PartyActivityInputCopy {
}
