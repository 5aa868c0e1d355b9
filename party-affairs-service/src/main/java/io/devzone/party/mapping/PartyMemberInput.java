package io.devzone.party.mapping;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.codegen.RecordCopy;
import io.devzone.commons.record.RecordInput;
import io.devzone.party.domain.PartyMember;

import io.devzone.party.domain.MemberCategory;

@Input("PartyMemberInput")
@Description("A person on the path to membership (发展党员). Creating one records the application on `appliedOn` "
        + "(required then, ignored on update); later steps are taken one by one (`takePartyMemberStep`). "
        + "`version` is required to update.")
@RecordCopy(to = PartyMember.class, except = "appliedOn")
public record PartyMemberInput(
        @NotBlank @Size(max = 100) String name,
        @Description("18-character resident identity number")
        @Pattern(regexp = "\\d{17}[\\dX]", message = "must be 17 digits followed by a digit or X") String identityNumber,
        @Size(max = 30) String phone,
        @NotNull MemberCategory category,
        @NotNull @Id UUID organisationId,
        @Id UUID enterpriseId,
        LocalDate appliedOn,
        @PositiveOrZero Integer version) implements RecordInput, PartyMemberInputCopy {
}
