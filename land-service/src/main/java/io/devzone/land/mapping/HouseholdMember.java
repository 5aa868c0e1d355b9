package io.devzone.land.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.graphql.NonNull;

/** A member of a relocated household (personal data); the identity number is validated (18 characters, check digit). */
@Type("HouseholdMember")
@Input("HouseholdMemberInput")
public record HouseholdMember(
        @NonNull @NotBlank @Size(max = 50) String name,
        @Description("Relation to the head of household, e.g. 配偶, 子女")
        @NonNull @NotBlank @Size(max = 20) String relation,
        @Description("Identity-card number (居民身份证号码), 18 characters; optional for children without one")
        String idNumber) {
}
