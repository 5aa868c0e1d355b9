package io.devzone.party.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.party.domain.ActivityType;
import io.devzone.party.domain.PartyActivity;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 活动 as REST and GraphQL show it; a federation entity, and what {@code Enterprise.partyActivities} lists. */
@Name("PartyActivity")
@Key(fields = @FieldSet("id"))
public record PartyActivityView(
        @Id @NonNull UUID id,
        int version,
        @NonNull ActivityType type,
        @Description("The day it was, or is planned to be, held") @NonNull LocalDate heldOn,
        @NonNull String title,
        @NonNull String organiser,
        int participantsCount,
        String summary,
        @Description("The enterprises involved (ids of the investment service's Enterprise), in id order")
        @Id @NonNull List<UUID> enterpriseIds,
        @NonNull Audit audit) implements RecordView {

    public static PartyActivityView of(PartyActivity activity) {
        return new PartyActivityView(activity.id, activity.version, activity.type, activity.heldOn, activity.title,
                activity.organiser, activity.participantsCount, activity.summary,
                activity.enterpriseIds.stream().sorted().toList(), Audit.of(activity));
    }
}
