package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.InfrastructureKind;
import io.devzone.investment.domain.InfrastructureProject;
import io.devzone.investment.domain.InfrastructureStatus;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 基础设施项目 as REST and GraphQL show it. */
@Name("InfrastructureProject")
@Key(fields = @FieldSet("id"))
public record InfrastructureProjectView(
        @Id @NonNull UUID id,
        int version,
        @NonNull String name,
        @NonNull InfrastructureKind kind,
        Park park,
        @NonNull InfrastructureStatus status,
        @NonNull BigDecimal budgetCny,
        @NonNull BigDecimal spentCny,
        @NonNull BigDecimal investmentCompletedCny,
        @NonNull BigDecimal earthworkM3,
        @NonNull BigDecimal landLevelledMu,
        LocalDate startedOn,
        LocalDate completedOn,
        @NonNull Audit audit) implements RecordView {

    public static InfrastructureProjectView of(InfrastructureProject p) {
        return new InfrastructureProjectView(p.id, p.version, p.name, p.kind, p.park, p.status, p.budgetCny,
                p.spentCny, p.investmentCompletedCny, p.earthworkM3, p.landLevelledMu, p.startedOn, p.completedOn,
                Audit.of(p));
    }
}
