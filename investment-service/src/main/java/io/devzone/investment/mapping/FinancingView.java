package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.investment.domain.Financing;
import io.devzone.investment.domain.FinancingBeneficiary;
import io.devzone.investment.domain.FinancingKind;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 融资 as REST and GraphQL show it. */
@Name("Financing")
@Key(fields = @FieldSet("id"))
public record FinancingView(
        @Id @NonNull UUID id,
        int version,
        @NonNull FinancingBeneficiary beneficiary,
        @Id UUID enterpriseId,
        @NonNull FinancingKind kind,
        @NonNull String source,
        @NonNull LocalDate arrangedOn,
        @NonNull BigDecimal arrangedCny,
        @NonNull BigDecimal receivedCny,
        @NonNull Audit audit) implements RecordView {

    public static FinancingView of(Financing f) {
        return new FinancingView(f.id, f.version, f.beneficiary, f.enterpriseId, f.kind, f.source, f.arrangedOn,
                f.arrangedCny, f.receivedCny, Audit.of(f));
    }
}
