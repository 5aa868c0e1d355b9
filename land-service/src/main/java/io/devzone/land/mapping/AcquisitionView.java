package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.land.domain.Acquisition;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 征地 as REST and GraphQL show it. */
@Name("Acquisition")
@Key(fields = @FieldSet("id"))
public record AcquisitionView(
        @Id @NonNull UUID id,
        int version,
        @Id @NonNull UUID parcelId,
        @Description("Area acquired in mu (亩)") @NonNull BigDecimal areaMu,
        @NonNull LocalDate acquiredOn,
        @Description("Compensation in yuan") @NonNull BigDecimal compensationCny,
        @Description("Forest-land quota (林地占用指标) needed, in mu") @NonNull BigDecimal forestQuotaMu,
        String note,
        @NonNull Audit audit) implements RecordView {

    public static AcquisitionView of(Acquisition a) {
        return new AcquisitionView(a.id, a.version, a.parcelId, a.areaMu, a.acquiredOn, a.compensationCny,
                a.forestQuotaMu, a.note, Audit.of(a));
    }
}
