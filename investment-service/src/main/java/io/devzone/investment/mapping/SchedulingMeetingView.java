package io.devzone.investment.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.investment.domain.MeetingKind;
import io.devzone.investment.domain.SchedulingMeeting;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 调度会 as REST and GraphQL show it. */
@Name("SchedulingMeeting")
@Key(fields = @FieldSet("id"))
public record SchedulingMeetingView(
        @Id @NonNull UUID id,
        int version,
        @NonNull MeetingKind kind,
        @NonNull LocalDate heldOn,
        @NonNull String title,
        String summary,
        @Id @NonNull List<@NonNull UUID> investmentProjectIds,
        @NonNull Audit audit) implements RecordView {

    public static SchedulingMeetingView of(SchedulingMeeting m) {
        return new SchedulingMeetingView(m.id, m.version, m.kind, m.heldOn, m.title, m.summary,
                m.investmentProjectIds.stream().sorted().toList(), Audit.of(m));
    }
}
