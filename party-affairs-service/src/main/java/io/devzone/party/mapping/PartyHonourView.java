package io.devzone.party.mapping;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.party.domain.HonourKind;
import io.devzone.party.domain.PartyHonour;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 表彰 as REST and GraphQL show it; a federation entity. */
@Name("PartyHonour")
@Key(fields = @FieldSet("id"))
public record PartyHonourView(
        @Id @NonNull UUID id,
        int version,
        @NonNull HonourKind kind,
        @NonNull LocalDate awardedOn,
        @NonNull String title,
        String awardedBy,
        @Description("The person honoured (a PartyMember id), for the personal honours") @Id UUID memberId,
        @Description("The organisation honoured, for ADVANCED_GRASSROOTS_ORGANISATION") @Id UUID organisationId,
        @NonNull Audit audit) implements RecordView {

    public static PartyHonourView of(PartyHonour honour) {
        return new PartyHonourView(honour.id, honour.version, honour.kind, honour.awardedOn, honour.title,
                honour.awardedBy, honour.memberId, honour.organisationId, Audit.of(honour));
    }
}
