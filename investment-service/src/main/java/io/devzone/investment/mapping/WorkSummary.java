package io.devzone.investment.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * 工作总结 for a period (both dates inclusive): a federation entity keyed by the period, to which each department's
 * subgraph contributes its section; this one owns the root query and contributes {@code investment}.
 */
@Name("WorkSummary")
@Key(fields = @FieldSet("from to"))
@Description("The zone's work summary for a period, both dates inclusive; each department contributes its section")
public record WorkSummary(
        @NonNull LocalDate from,
        @NonNull LocalDate to,
        @NonNull InvestmentSummary investment) {
}
