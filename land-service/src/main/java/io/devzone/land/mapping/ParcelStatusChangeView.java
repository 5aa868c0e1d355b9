package io.devzone.land.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.devzone.commons.audit.Audit;
import io.devzone.land.domain.ParcelStatus;
import io.devzone.land.domain.ParcelStatusChange;

/** A dated step of a parcel's status; `from` is null for the status the parcel was recorded at. */
@Type("ParcelStatusChange")
public record ParcelStatusChangeView(ParcelStatus from, @NonNull ParcelStatus to,
        @Description("The day the status was reached") @NonNull LocalDate on, @NonNull Audit audit) {

    public static ParcelStatusChangeView of(ParcelStatusChange c) {
        return new ParcelStatusChangeView(c.from, c.to, c.changedOn, Audit.of(c));
    }
}
