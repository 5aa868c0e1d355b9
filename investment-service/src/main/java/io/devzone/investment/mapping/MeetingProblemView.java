package io.devzone.investment.mapping;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.investment.domain.MeetingProblem;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A problem raised at a scheduling meeting, as REST and GraphQL show it. */
@Name("MeetingProblem")
@Key(fields = @FieldSet("id"))
public record MeetingProblemView(
        @Id @NonNull UUID id,
        int version,
        @Id @NonNull UUID schedulingMeetingId,
        @NonNull String description,
        @NonNull String owner,
        @NonNull LocalDate dueOn,
        String resolution,
        LocalDate resolvedOn,
        @Description("True while no resolution is recorded") boolean open,
        @NonNull Audit audit) implements RecordView {

    public static MeetingProblemView of(MeetingProblem p) {
        return new MeetingProblemView(p.id, p.version, p.schedulingMeetingId, p.description, p.owner, p.dueOn,
                p.resolution, p.resolvedOn, p.resolvedOn == null, Audit.of(p));
    }
}
