package io.devzone.land.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.land.domain.HouseholdStatus;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * 拆迁户 as REST and GraphQL show it. The personal fields ({@code headName}, {@code idNumber}, {@code phone},
 * {@code members}) are null for callers other than the land department and leaders; {@code redactedFields} then
 * names them and {@code redactionNote} says why. On GraphQL each hidden field is an error with code FORBIDDEN.
 */
@Name("RelocationHousehold")
@Key(fields = @FieldSet("id"))
public record RelocationHouseholdView(
        @Id @NonNull UUID id,
        int version,
        @Id @NonNull UUID parcelId,
        @Ignore String headName,
        @Ignore String idNumber,
        @Ignore String phone,
        @Ignore List<HouseholdMember> members,
        @Description("How many members the household has (not personal data)") int memberCount,
        @Description("House floor area in square metres") @NonNull BigDecimal houseAreaM2,
        @Description("Compensation in yuan") @NonNull BigDecimal compensationCny,
        @NonNull HouseholdStatus status,
        @Description("The statuses the household may move to now (changeRelocationHouseholdStatus); empty at the"
                + " end of the pipeline") @NonNull List<@NonNull HouseholdStatus> allowedMoves,
        LocalDate contractSignedOn,
        LocalDate demolishedOn,
        LocalDate resettledOn,
        @Description("The resettlement plot assigned") @Id UUID plotId,
        @Description("The personal fields withheld from this caller (empty when none)") @NonNull List<@NonNull String> redactedFields,
        @Description("Why fields were withheld; null when none were") String redactionNote,
        @NonNull Audit audit) implements RecordView {

    public static final List<String> PERSONAL_FIELDS = List.of("headName", "idNumber", "phone", "members");
}
