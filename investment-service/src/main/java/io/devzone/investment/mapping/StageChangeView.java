package io.devzone.investment.mapping;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.devzone.investment.domain.PipelineStage;
import io.devzone.investment.domain.StageChange;

@Type("StageChange")
@Description("One dated move along the pipeline; `fromStage` is null for the stage the project entered at")
public record StageChangeView(
        int sequence,
        PipelineStage fromStage,
        @NonNull PipelineStage toStage,
        @NonNull LocalDate on,
        @NonNull Instant recordedAt,
        @NonNull String recordedBy) {

    public static StageChangeView of(StageChange change) {
        return new StageChangeView(change.sequence, change.fromStage, change.toStage, change.changedOn,
                change.recordedAt, change.recordedBy);
    }
}
