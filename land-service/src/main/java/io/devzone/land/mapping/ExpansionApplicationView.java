package io.devzone.land.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.land.domain.ExpansionApplication;
import io.devzone.land.domain.StepStatus;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 扩园申报 as REST and GraphQL show it. */
@Name("ExpansionApplication")
@Key(fields = @FieldSet("id"))
public record ExpansionApplicationView(
        @Id @NonNull UUID id,
        int version,
        @NonNull String title,
        @NonNull LocalDate submittedOn,
        @NonNull List<@NonNull Step> steps,
        @NonNull Audit audit) implements RecordView {

    @Type("ApprovalStep")
    public record Step(@NonNull String name, @NonNull StepStatus status, LocalDate decidedOn, String owner,
            LocalDate dueOn) {
    }

    public static ExpansionApplicationView of(ExpansionApplication a) {
        return new ExpansionApplicationView(a.id, a.version, a.title, a.submittedOn,
                a.steps.stream().map(s -> new Step(s.name, s.status, s.decidedOn, s.owner, s.dueOn)).toList(),
                Audit.of(a));
    }
}
