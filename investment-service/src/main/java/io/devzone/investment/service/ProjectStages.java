package io.devzone.investment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.devzone.commons.pipeline.Pipeline;
import io.devzone.commons.security.CurrentUser;
import io.devzone.investment.domain.InvestmentProject;
import io.devzone.investment.domain.PipelineStage;
import io.devzone.investment.domain.StageChange;
import io.devzone.investment.domain.StageChangeRepository;
import io.devzone.investment.mapping.StageChangeView;

/**
 * What an investment project keeps of its moves along the pipeline: a dated {@link StageChange} for the stage it
 * entered at and for every move after, never changed once written.
 */
@Singleton
class ProjectStages {

    @Inject
    StageChangeRepository changes;
    @Inject
    CurrentUser currentUser;

    /** The day of the project's last move. */
    LocalDate lastMoveOn(InvestmentProject project) {
        return changes.latest(project.id).map(change -> change.changedOn).orElse(null);
    }

    /** The project moved to {@code to} on {@code on}, kept as its next {@link StageChange} ({@link Pipeline.Move}). */
    void move(InvestmentProject project, PipelineStage from, PipelineStage to, LocalDate on) {
        project.stage = to;
        keep(project.id, changes.latest(project.id).map(change -> change.sequence + 1).orElse(0), from, to, on);
    }

    /** The stage a new project entered the pipeline at, on {@code on}. */
    void enter(UUID projectId, PipelineStage stage, LocalDate on) {
        keep(projectId, 0, null, stage, on);
    }

    /** Each project's moves, oldest first, in the order of {@code projectIds}, in one query. */
    List<List<StageChangeView>> ofEach(List<UUID> projectIds) {
        Map<UUID, List<StageChangeView>> byProject = changes.ofProjects(projectIds).stream()
                .collect(Collectors.groupingBy(change -> change.investmentProjectId,
                        Collectors.mapping(StageChangeView::of, Collectors.toList())));
        return projectIds.stream().map(id -> byProject.getOrDefault(id, List.of())).toList();
    }

    private void keep(UUID projectId, int sequence, PipelineStage from, PipelineStage to, LocalDate on) {
        StageChange change = new StageChange();
        change.investmentProjectId = projectId;
        change.sequence = sequence;
        change.fromStage = from;
        change.toStage = to;
        change.changedOn = on;
        change.recordedAt = Instant.now();
        change.recordedBy = currentUser.username();
        changes.persist(change);
    }
}
