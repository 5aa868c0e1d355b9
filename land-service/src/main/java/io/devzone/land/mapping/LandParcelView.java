package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.commons.zone.Park;
import io.devzone.land.domain.LandParcel;
import io.devzone.land.domain.ParcelStatus;
import io.devzone.land.domain.PlannedUse;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * 地块 as REST and GraphQL show it; a federation entity keyed by its id.
 */
@Name("LandParcel")
@Key(fields = @FieldSet("id"))
public record LandParcelView(
        @Id @NonNull UUID id,
        int version,
        @NonNull String code,
        @Description("Name or location") @NonNull String name,
        @NonNull Park park,
        @Description("Area in mu (亩)") @NonNull BigDecimal areaMu,
        @NonNull PlannedUse plannedUse,
        @NonNull ParcelStatus status,
        @Description("The statuses the parcel may move to now (changeLandParcelStatus); empty at the end of the"
                + " pipeline") @NonNull List<@NonNull ParcelStatus> allowedMoves,
        @Description("The investment project the parcel is supplied to (set exactly when SUPPLIED)")
        @Id UUID investmentProjectId,
        @NonNull Audit audit) implements RecordView {

    public static LandParcelView of(LandParcel parcel) {
        return new LandParcelView(parcel.id, parcel.version, parcel.code, parcel.name, parcel.park, parcel.areaMu,
                parcel.plannedUse, parcel.status, List.copyOf(parcel.status.next()), parcel.investmentProjectId, Audit.of(parcel));
    }
}
