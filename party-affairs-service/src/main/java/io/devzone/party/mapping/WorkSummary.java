package io.devzone.party.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Name;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * The zone's work summary for a period, owned by no one subgraph: keyed by its period (both days inclusive); this
 * subgraph contributes {@code partyAffairs}.
 */
@Name("WorkSummary")
@Key(fields = @FieldSet("from to"))
public record WorkSummary(@NonNull LocalDate from, @NonNull LocalDate to) {
}
