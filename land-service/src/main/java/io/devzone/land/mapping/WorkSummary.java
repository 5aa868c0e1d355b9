package io.devzone.land.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * The zone's work summary for a period (both days inclusive), owned by investment-service: this subgraph knows its
 * key and contributes the {@code land} section.
 */
@Name("WorkSummary")
@Key(fields = @FieldSet("from to"))
public record WorkSummary(@NonNull LocalDate from, @NonNull LocalDate to) {
}
