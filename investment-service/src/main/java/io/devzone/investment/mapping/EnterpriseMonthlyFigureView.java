package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.investment.domain.EnterpriseMonthlyFigure;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** An enterprise's monthly figures as REST and GraphQL show them. */
@Name("EnterpriseMonthlyFigure")
@Key(fields = @FieldSet("id"))
public record EnterpriseMonthlyFigureView(
        @Id @NonNull UUID id,
        int version,
        @Id @NonNull UUID enterpriseId,
        @NonNull LocalDate month,
        @NonNull BigDecimal taxPaidCny,
        @NonNull BigDecimal industrialAddedValueCny,
        @NonNull BigDecimal fixedAssetInvestmentCny,
        @NonNull Audit audit) implements RecordView {

    public static EnterpriseMonthlyFigureView of(EnterpriseMonthlyFigure figure) {
        return new EnterpriseMonthlyFigureView(figure.id, figure.version, figure.enterpriseId, figure.month,
                figure.taxPaidCny, figure.industrialAddedValueCny, figure.fixedAssetInvestmentCny, Audit.of(figure));
    }
}
