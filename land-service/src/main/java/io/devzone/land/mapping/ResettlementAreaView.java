package io.devzone.land.mapping;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.ResettlementArea;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 安置区 as REST and GraphQL show it; `plotCount` and `plotsAssigned` are counted from its plots. */
@Name("ResettlementArea")
@Key(fields = @FieldSet("id"))
public record ResettlementAreaView(
        @Id @NonNull UUID id,
        int version,
        @NonNull String name,
        @NonNull Park park,
        String description,
        @NonNull Audit audit) implements RecordView {

    public static ResettlementAreaView of(ResettlementArea a) {
        return new ResettlementAreaView(a.id, a.version, a.name, a.park, a.description, Audit.of(a));
    }
}
