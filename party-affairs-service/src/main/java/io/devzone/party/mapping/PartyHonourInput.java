package io.devzone.party.mapping;

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
import io.devzone.party.domain.PartyHonour;

import io.devzone.party.domain.HonourKind;

@Input("PartyHonourInput")
@Description("An honour (表彰): ADVANCED_GRASSROOTS_ORGANISATION goes to an organisation (`organisationId`), the "
        + "others to a person (`memberId`); exactly one of the two. `version` is required to update.")
@RecordCopy(to = PartyHonour.class)
public record PartyHonourInput(
        @NotNull HonourKind kind,
        @NotNull LocalDate awardedOn,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String awardedBy,
        @Id UUID memberId,
        @Id UUID organisationId,
        @PositiveOrZero Integer version) implements RecordInput, PartyHonourInputCopy {
}
