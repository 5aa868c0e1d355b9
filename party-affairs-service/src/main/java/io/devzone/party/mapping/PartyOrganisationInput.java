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
import io.devzone.party.domain.PartyOrganisation;

import io.devzone.party.domain.OrganisationKind;

@Input("PartyOrganisationInput")
@Description("A Party organisation (党组织). The zone Party committee has no `parentId`; a branch must have one. "
        + "`enterpriseId` is the investment service's enterprise the branch is in; `version` is required to update.")
@RecordCopy(to = PartyOrganisation.class)
public record PartyOrganisationInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @Id UUID parentId,
        @Id UUID enterpriseId,
        LocalDate establishedOn,
        @PositiveOrZero Integer version) implements RecordInput, PartyOrganisationInputCopy {
}
