package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.land.domain.ResettlementPlot;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A resettlement plot as REST and GraphQL show it; `householdId` is the household it is assigned to. */
@Name("ResettlementPlot")
@Key(fields = @FieldSet("id"))
public record ResettlementPlotView(
        @Id @NonNull UUID id,
        int version,
        @Id @NonNull UUID areaId,
        @NonNull String code,
        @Description("Plot area in square metres") @NonNull BigDecimal areaM2,
        @Description("The household the plot is assigned to, if any") @Id UUID householdId,
        @NonNull Audit audit) implements RecordView {

    public static ResettlementPlotView of(ResettlementPlot p) {
        return new ResettlementPlotView(p.id, p.version, p.areaId, p.code, p.areaM2, p.householdId, Audit.of(p));
    }
}
