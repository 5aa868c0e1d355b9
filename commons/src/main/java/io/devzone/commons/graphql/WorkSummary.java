package io.devzone.commons.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * The zone's work summary for a period (both days inclusive), owned by investment-service, as a subgraph that adds its
 * section knows it: by its key, the period.
 */
@Name("WorkSummary")
@Key(fields = @FieldSet("from to"))
public record WorkSummary(@NonNull LocalDate from, @NonNull LocalDate to) {
}
