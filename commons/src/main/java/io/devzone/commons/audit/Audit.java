package io.devzone.commons.audit;

import java.time.Instant;

import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.Shareable;

/**
 * Who created a record and who last changed it, when: part of every record's representation. Every subgraph
 * returns it for its own records, hence {@code @shareable}.
 */
@Shareable
public record Audit(@NonNull Instant createdAt, @NonNull String createdBy, @NonNull Instant updatedAt,
        @NonNull String updatedBy) {

    public static Audit of(AuditedEntity entity) {
        return new Audit(entity.createdAt, entity.createdBy, entity.updatedAt, entity.updatedBy);
    }
}
