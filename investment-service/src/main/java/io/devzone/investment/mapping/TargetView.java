package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.investment.domain.Indicator;
import io.devzone.investment.domain.Target;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 年度目标任务 as REST and GraphQL show it; its progress is computed on request. */
@Name("Target")
@Key(fields = @FieldSet("id"))
public record TargetView(
        @Id @NonNull UUID id,
        int version,
        @NonNull Indicator indicator,
        int year,
        @NonNull BigDecimal targetValue,
        @NonNull Audit audit) implements RecordView {

    public static TargetView of(Target t) {
        return new TargetView(t.id, t.version, t.indicator, t.year, t.targetValue, Audit.of(t));
    }
}
