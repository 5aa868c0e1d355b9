package io.devzone.party.mapping;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.party.domain.OrganisationKind;
import io.devzone.party.domain.PartyOrganisation;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 党组织 as REST and GraphQL show it; a federation entity, and what {@code Enterprise.partyBranch} gives. */
@Name("PartyOrganisation")
@Key(fields = @FieldSet("id"))
public record PartyOrganisationView(
        @Id @NonNull UUID id,
        int version,
        @NonNull String name,
        @NonNull OrganisationKind kind,
        @Description("The organisation above it; null for the zone Party committee") @Id UUID parentId,
        @Description("The non-public enterprise the branch is in (the investment service's Enterprise id)")
        @Id UUID enterpriseId,
        LocalDate establishedOn,
        @NonNull Audit audit) implements RecordView {

    public static PartyOrganisationView of(PartyOrganisation organisation) {
        return new PartyOrganisationView(organisation.id, organisation.version, organisation.name, organisation.kind,
                organisation.parentId, organisation.enterpriseId, organisation.establishedOn, Audit.of(organisation));
    }
}
