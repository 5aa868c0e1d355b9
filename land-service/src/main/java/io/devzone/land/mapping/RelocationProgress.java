package io.devzone.land.mapping;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.devzone.land.domain.HouseholdStatus;

/** How far relocation has come on the parcels supplied to an investment project (what may block it). */
@Type("RelocationProgress")
public record RelocationProgress(
        @Description("Households to relocate from the project's parcels") int households,
        @NonNull List<@NonNull StatusCount> householdsByStatus,
        @Description("Households with a signed relocation contract (CONTRACT_SIGNED or later)") int contractsSigned,
        @Description("Households resettled") int resettled,
        @Description("Disputes on the project's parcels not yet resolved") int openDisputes) {

    @Type("HouseholdStatusCount")
    public record StatusCount(@NonNull HouseholdStatus status, int households) {
    }
}
