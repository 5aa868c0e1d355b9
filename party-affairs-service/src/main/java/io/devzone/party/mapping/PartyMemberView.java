package io.devzone.party.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.party.domain.MemberCategory;
import io.devzone.party.domain.MemberStage;
import io.devzone.party.domain.PartyMember;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * 发展党员 as REST and GraphQL show it; a federation entity. The personal fields ({@link #PERSONAL}) are null for
 * callers outside the party-affairs department and leaders, and then listed in {@code redactedFields}. On GraphQL
 * they are resolved one by one ({@code PartyMemberGraphQL}), so that a redacted one is an error at its path.
 */
@Name("PartyMember")
@Key(fields = @FieldSet("id"))
public record PartyMemberView(
        @Id @NonNull UUID id,
        int version,
        @Ignore String name,
        @Ignore String identityNumber,
        @Ignore String phone,
        @NonNull MemberCategory category,
        @Id @NonNull UUID organisationId,
        @Id UUID enterpriseId,
        @Description("The step reached") @NonNull MemberStage stage,
        @Description("The steps the member may take now (takePartyMemberStep); empty at the end of the path")
        @NonNull List<@NonNull MemberStage> allowedMoves,
        @NonNull LocalDate appliedOn,
        LocalDate activistOn,
        LocalDate developmentTargetOn,
        @Description("Admitted as probationary member: the day the person counts as developed")
        LocalDate probationaryOn,
        LocalDate fullOn,
        @Description("The personal fields withheld from you (only party-affairs and leaders read them); empty if none")
        @Schema(description = "The personal fields withheld from you (null above): only the party-affairs department"
                + " and leaders read them; empty if none")
        @NonNull List<@NonNull String> redactedFields,
        @NonNull Audit audit) implements RecordView {

    /** The personal fields, readable only by the party-affairs department and leaders. */
    public static final List<String> PERSONAL = List.of("name", "identityNumber", "phone");

    public static PartyMemberView of(PartyMember member, boolean personalDataVisible) {
        return new PartyMemberView(member.id, member.version,
                personalDataVisible ? member.name : null,
                personalDataVisible ? member.identityNumber : null,
                personalDataVisible ? member.phone : null,
                member.category, member.organisationId, member.enterpriseId, member.stage,
                List.copyOf(member.stage.next()), member.appliedOn,
                member.activistOn, member.developmentTargetOn, member.probationaryOn, member.fullOn,
                personalDataVisible ? List.of() : PERSONAL, Audit.of(member));
    }
}
