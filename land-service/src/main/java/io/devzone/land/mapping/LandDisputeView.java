package io.devzone.land.mapping;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.land.domain.DisputeStatus;
import io.devzone.land.domain.LandDispute;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 纠纷 as REST and GraphQL show it. */
@Name("LandDispute")
@Key(fields = @FieldSet("id"))
public record LandDisputeView(
        @Id @NonNull UUID id,
        int version,
        @Id @NonNull UUID parcelId,
        @Id UUID acquisitionId,
        @NonNull String subject,
        @NonNull LocalDate raisedOn,
        String handling,
        @NonNull DisputeStatus status,
        LocalDate resolvedOn,
        String owner,
        LocalDate dueOn,
        @NonNull Audit audit) implements RecordView {

    public static LandDisputeView of(LandDispute d) {
        return new LandDisputeView(d.id, d.version, d.parcelId, d.acquisitionId, d.subject, d.raisedOn, d.handling,
                d.status, d.resolvedOn, d.owner, d.dueOn, Audit.of(d));
    }
}
