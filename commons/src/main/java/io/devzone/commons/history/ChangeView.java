package io.devzone.commons.history;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.Shareable;

/**
 * A recorded change as REST and GraphQL show it: which field went from what to what, who changed it and when.
 * Values are text as stored (amounts as plain decimals, enums by name, dates ISO-8601); {@code oldValue} is null for
 * a first value. Every subgraph returns it, hence {@code @shareable}.
 */
@Name("Change")
@Shareable
public record ChangeView(@NonNull String field, String oldValue, String newValue, @NonNull Instant changedAt,
        @NonNull String changedBy) {

    static ChangeView of(ChangeRecord record) {
        return new ChangeView(record.field, record.oldValue, record.newValue, record.changedAt, record.changedBy);
    }
}
