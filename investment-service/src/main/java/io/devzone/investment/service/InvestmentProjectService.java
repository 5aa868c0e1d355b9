package io.devzone.investment.service;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.pipeline.Pipeline;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.commons.time.ZoneClock;
import io.devzone.investment.domain.CapitalArrivalRepository;
import io.devzone.investment.domain.Enterprise;
import io.devzone.investment.domain.InvestmentProject;
import io.devzone.investment.domain.InvestmentProjectRepository;
import io.devzone.investment.domain.PipelineStage;
import io.devzone.investment.domain.SchedulingMeetingRepository;
import io.devzone.investment.domain.StageChangeRepository;
import io.devzone.investment.mapping.InvestmentProjectInput;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.mapping.StageChangeInput;
import io.devzone.investment.mapping.StageChangeView;

/** 招商项目: the investment projects the department follows through the pipeline, one dated transition at a time. */
@Singleton
public class InvestmentProjectService extends RecordService<InvestmentProject, InvestmentProjectView,
        InvestmentProjectInput, InvestmentProjectFilter> {

    @Inject
    CapitalArrivalRepository arrivals;
    @Inject
    SchedulingMeetingRepository meetings;
    private final ProjectStages stages;
    private final Pipeline<InvestmentProject, PipelineStage> pipeline;

    InvestmentProjectService(InvestmentProjectRepository projects, StageChangeRepository stageChanges,
            ProjectStages stages, ZoneClock clock) {
        // the stage a project enters at is its first StageChange; the history keeps the moves after it
        super(Records.withHistory(projects, InvestmentProjectView::of)
                .namedBy(p -> p.name)
                .sortable("name", "park", "industryChain", "stage", "agreedInvestmentCny", "liaisonGroup")
                .childOf("enterpriseId", p -> p.enterpriseId, "name, id")
                .tracking("agreedInvestmentCny", p -> p.agreedInvestmentCny)
                .trackingChanges("stage", p -> p.stage)
                .owning(stageChanges, "investmentProjectId"));
        this.stages = stages;
        this.pipeline = new Pipeline<>(records, "An investment project", "stage", clock, p -> p.stage,
                stages::lastMoveOn, stages::move).entering(PipelineStage.LEAD, (p, stage) -> p.stage = stage);
    }

    /** Records a project entering the pipeline at its stage (default LEAD) on its {@code stageOn} (default today). */
    @Override
    @WriteAccess
    @Transactional
    public InvestmentProjectView create(InvestmentProjectInput input) {
        InvestmentProjectView created = super.create(input);
        stages.enter(created.id(), created.stage(), pipeline.firstDay("stageOn", input.stageOn()));
        return created;
    }

    /** Moves the project one legal step along the pipeline, dated and kept in its history. */
    @WriteAccess
    @Transactional
    public InvestmentProjectView changeStage(UUID id, StageChangeInput input) {
        return move(pipeline, id, input, "stageChange", input.version(), input.stage(), input.on());
    }

    /** The project's dated moves along the pipeline, oldest first. */
    @ReadAccess
    public List<StageChangeView> stageChanges(UUID id) {
        records.find(id);
        return stages.ofEach(List.of(id)).get(0);
    }

    /** The moves of projects already read (a GraphQL list's parents), in their order, in one query. */
    @ReadAccess
    public List<List<StageChangeView>> stageChanges(List<UUID> ids) {
        return stages.ofEach(ids);
    }

    /**
     * A project is deleted (its moves with it) only while nothing refers to it: no capital arrival, no meeting that
     * reviewed it.
     */
    @Override
    protected void beforeDelete(InvestmentProject project) {
        long arrived = arrivals.countByProject(project.id);
        long reviewed = meetings.countReviewing(project.id);
        if (arrived + reviewed > 0) {
            throw new ConflictException(records.type() + " " + project.id + " has " + arrived
                    + " capital arrival(s) and was reviewed by " + reviewed
                    + " scheduling meeting(s); delete those first or drop the project instead.");
        }
    }

    @Override
    protected void checkRules(InvestmentProjectInput input) {
        referenced(Enterprise.class, "enterpriseId", input.enterpriseId(),
                "names no enterprise: " + input.enterpriseId());
    }

    @Override
    protected void apply(InvestmentProjectInput input, InvestmentProject project) {
        // a new project enters the pipeline at the stage it has already reached
        pipeline.place(project, input.stage(), "POST /api/investment-projects/" + project.id
                + "/stage-changes or changeInvestmentProjectStage");
        super.apply(input, project);
    }
}
