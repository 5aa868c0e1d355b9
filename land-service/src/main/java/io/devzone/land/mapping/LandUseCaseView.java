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
import io.devzone.land.domain.LandUseCase;
import io.devzone.land.domain.LandUseCaseType;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 用地报批 as REST and GraphQL show it. */
@Name("LandUseCase")
@Key(fields = @FieldSet("id"))
public record LandUseCaseView(
        @Id @NonNull UUID id,
        int version,
        @NonNull String caseNumber,
        @Id UUID parcelId,
        @NonNull LandUseCaseType type,
        @NonNull String subject,
        @Description("Area in mu (亩)") BigDecimal areaMu,
        @NonNull LocalDate submittedOn,
        @Description("Set once approved: the case is then handled") LocalDate approvedOn,
        @NonNull Audit audit) implements RecordView {

    public static LandUseCaseView of(LandUseCase c) {
        return new LandUseCaseView(c.id, c.version, c.caseNumber, c.parcelId, c.type, c.subject, c.areaMu,
                c.submittedOn, c.approvedOn, Audit.of(c));
    }
}
