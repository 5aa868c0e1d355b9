package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.investment.domain.CapitalArrival;
import io.devzone.investment.domain.CapitalOrigin;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 到位资金 as REST and GraphQL show it. */
@Name("CapitalArrival")
@Key(fields = @FieldSet("id"))
public record CapitalArrivalView(
        @Id @NonNull UUID id,
        int version,
        @Id @NonNull UUID investmentProjectId,
        @NonNull CapitalOrigin origin,
        @NonNull LocalDate arrivedOn,
        @Description("Domestic capital in yuan (CNY); null for foreign capital") BigDecimal amountCny,
        @Description("Foreign capital in US dollars; null for domestic capital") BigDecimal amountUsd,
        String note,
        @NonNull Audit audit) implements RecordView {

    public static CapitalArrivalView of(CapitalArrival arrival) {
        return new CapitalArrivalView(arrival.id, arrival.version, arrival.investmentProjectId, arrival.origin,
                arrival.arrivedOn, arrival.amountCny, arrival.amountUsd, arrival.note, Audit.of(arrival));
    }
}
