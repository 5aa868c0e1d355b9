package io.devzone.investment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.CurrentUser;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.CapitalArrivalRepository;
import io.devzone.investment.domain.EnterpriseRepository;
import io.devzone.investment.domain.InvestmentProject;
import io.devzone.investment.domain.InvestmentProjectRepository;
import io.devzone.investment.domain.PipelineStage;
import io.devzone.investment.domain.SchedulingMeetingRepository;
import io.devzone.investment.domain.StageChange;
import io.devzone.investment.domain.StageChangeRepository;
import io.devzone.investment.mapping.InvestmentProjectInput;
import io.devzone.investment.mapping.InvestmentProjectView;
import io.devzone.investment.mapping.StageChangeInput;
import io.devzone.investment.mapping.StageChangeView;

/** 招商项目: the investment projects the department follows through the pipeline, one dated transition at a time. */
@ApplicationScoped
public class InvestmentProjectService {

    static final String TYPE = "InvestmentProject";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "park", "park", "industryChain", "industryChain", "stage", "stage",
            "agreedInvestmentCny", "agreedInvestmentCny", "createdAt", "createdAt",
            "liaisonGroup", "liaisonGroup");

    private final InvestmentProjectRepository projects;
    private final Records<InvestmentProject, InvestmentProjectView> records;
    private final EnterpriseRepository enterprises;
    private final StageChangeRepository stageChanges;
    private final CapitalArrivalRepository arrivals;
    private final SchedulingMeetingRepository meetings;
    private final InputValidator validator;
    private final ChangeHistory history;
    private final CurrentUser currentUser;

    InvestmentProjectService(InvestmentProjectRepository projects, EnterpriseRepository enterprises,
            StageChangeRepository stageChanges, CapitalArrivalRepository arrivals,
            SchedulingMeetingRepository meetings, InputValidator validator, ChangeHistory history,
            AccessGuard guard, CurrentUser currentUser) {
        this.projects = projects;
        this.enterprises = enterprises;
        this.stageChanges = stageChanges;
        this.arrivals = arrivals;
        this.meetings = meetings;
        this.validator = validator;
        this.history = history;
        this.currentUser = currentUser;
        // stage is recorded by hand, by its dated transitions: its first value is a StageChange, not history
        this.records = Records.of(projects, TYPE, InvestmentProjectView::of, guard, history)
                .tracking("agreedInvestmentCny", p -> p.agreedInvestmentCny);
    }

    @ReadAccess
    public Page<InvestmentProjectView> list(InvestmentProjectFilter filter, PageRequest page) {
        var criteria = (filter == null ? new InvestmentProjectFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "name");
    }

    @ReadAccess
    public InvestmentProjectView get(UUID id) {
        return records.view(id);
    }

    /** The projects with these ids, in the same order; null where none exists. */
    @ReadAccess
    public List<InvestmentProjectView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    /** Each enterprise's projects, for resolving {@code Enterprise.investmentProjects} in one query. */
    @ReadAccess
    public Map<UUID, List<InvestmentProjectView>> byEnterprises(Collection<UUID> enterpriseIds) {
        return records.viewsByParent("enterpriseId", p -> p.enterpriseId, enterpriseIds, "name, id");
    }

    @WriteAccess
    @Transactional
    public InvestmentProjectView create(InvestmentProjectInput input) {
        validator.check(input, "investmentProject");
        InvestmentProject project = new InvestmentProject();
        // a new project enters the pipeline at the stage it has already reached
        project.stage = input.stage() == null ? PipelineStage.LEAD : input.stage();
        apply(input, project);
        records.create(project, TYPE + " '" + input.name() + "'");
        record(project, 0, null, project.stage, input.stageOn() == null ? LocalDate.now() : input.stageOn());
        return InvestmentProjectView.of(project);
    }

    @WriteAccess
    @Transactional
    public InvestmentProjectView update(UUID id, InvestmentProjectInput input) {
        validator.check(input, "investmentProject");
        return InvestmentProjectView.of(records.update(id, input.version(), project -> {
            if (input.stage() != null && input.stage() != project.stage) {
                throw new ConflictException("The stage of " + TYPE + " " + id + " moves only by a dated stage change"
                        + " (POST /api/investment-projects/" + id + "/stage-changes or changeInvestmentProjectStage);"
                        + " it is " + project.stage + ", allowed next stages: " + project.stage.next() + ".");
            }
            apply(input, project);
        }));
    }

    /** Moves the project one legal step along the pipeline, dated and kept in its history. */
    @WriteAccess
    @Transactional
    public InvestmentProjectView changeStage(UUID id, StageChangeInput input) {
        validator.check(input, "stageChange");
        InvestmentProject project = records.findAtVersion(id, input.version());
        PipelineStage from = project.stage;
        if (!from.canMoveTo(input.stage())) {
            throw new ConflictException("An investment project cannot move from " + from + " to " + input.stage()
                    + "; allowed next stages: " + (from.next().isEmpty() ? "none, " + from + " is final"
                            : from.next().toString()) + ".");
        }
        StageChange last = stageChanges.latest(id).orElse(null);
        if (last != null && input.on().isBefore(last.changedOn)) {
            throw new InvalidInputException("on", "must not be before " + last.changedOn
                    + ", when the project moved to " + last.toStage);
        }
        project.stage = input.stage();
        record(project, last == null ? 0 : last.sequence + 1, from, input.stage(), input.on());
        history.record(TYPE, id, "stage", from, input.stage());
        Flush.now(TYPE + " " + id);
        return InvestmentProjectView.of(project);
    }

    @ReadAccess
    public List<StageChangeView> stageChanges(UUID id) {
        find(id);
        return stageChanges.ofProject(id).stream().map(StageChangeView::of).toList();
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        InvestmentProject project = find(id);
        long arrived = arrivals.countByProject(id);
        long reviewed = meetings.countReviewing(id);
        if (arrived + reviewed > 0) {
            throw new ConflictException(TYPE + " " + id + " has " + arrived + " capital arrival(s) and was reviewed by "
                    + reviewed + " scheduling meeting(s); delete those first or drop the project instead.");
        }
        stageChanges.deleteOfProject(id);
        projects.delete(project);
    }

    private void record(InvestmentProject project, int sequence, PipelineStage from, PipelineStage to,
            LocalDate on) {
        StageChange change = new StageChange();
        change.investmentProjectId = project.id;
        change.sequence = sequence;
        change.fromStage = from;
        change.toStage = to;
        change.changedOn = on;
        change.recordedAt = Instant.now();
        change.recordedBy = currentUser.username();
        stageChanges.persist(change);
    }

    private void apply(InvestmentProjectInput input, InvestmentProject project) {
        if (enterprises.findByIdOptional(input.enterpriseId()).isEmpty()) {
            throw new InvalidInputException("enterpriseId", "names no enterprise: " + input.enterpriseId());
        }
        project.name = input.name().strip();
        project.enterpriseId = input.enterpriseId();
        project.industryChain = input.industryChain();
        project.park = input.park();
        project.agreedInvestmentCny = Money.of(input.agreedInvestmentCny());
        project.strategicInvestor = input.strategicInvestor();
        project.liaisonGroup = blankToNull(input.liaisonGroup());
        project.responsibleLeader = blankToNull(input.responsibleLeader());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    InvestmentProject find(UUID id) {
        return records.find(id);
    }
}
