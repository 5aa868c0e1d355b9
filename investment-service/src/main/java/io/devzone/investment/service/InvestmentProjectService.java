package io.devzone.investment.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.error.RecordNotFoundException;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.investment.domain.EnterpriseRepository;
import io.devzone.investment.domain.InvestmentProject;
import io.devzone.investment.domain.InvestmentProjectRepository;
import io.devzone.investment.domain.PipelineStage;
import io.devzone.investment.mapping.InvestmentProjectInput;
import io.devzone.investment.mapping.InvestmentProjectView;

/** 招商项目: the investment projects the department follows through the pipeline. */
@ApplicationScoped
public class InvestmentProjectService {

    static final String TYPE = "InvestmentProject";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "park", "park", "industryChain", "industryChain", "stage", "stage",
            "agreedInvestmentCny", "agreedInvestmentCny", "createdAt", "createdAt");

    private final InvestmentProjectRepository projects;
    private final EnterpriseRepository enterprises;
    private final InputValidator validator;

    InvestmentProjectService(InvestmentProjectRepository projects, EnterpriseRepository enterprises,
            InputValidator validator) {
        this.projects = projects;
        this.enterprises = enterprises;
        this.validator = validator;
    }

    @ReadAccess
    public Page<InvestmentProjectView> list(InvestmentProjectFilter filter, PageRequest page) {
        var criteria = (filter == null ? new InvestmentProjectFilter() : filter).criteria();
        return Page.of(projects.find(criteria.query(), page.toSort(SORTABLE, "name"), criteria.parameters()),
                page, InvestmentProjectView::of);
    }

    @ReadAccess
    public InvestmentProjectView get(UUID id) {
        return InvestmentProjectView.of(find(id));
    }

    /** The projects with these ids, in the same order; null where none exists. */
    @ReadAccess
    public List<InvestmentProjectView> getAll(List<UUID> ids) {
        return AuditedEntity.findInOrder(projects, ids, InvestmentProjectView::of);
    }

    /** Each enterprise's projects, for resolving {@code Enterprise.investmentProjects} in one query. */
    @ReadAccess
    public Map<UUID, List<InvestmentProjectView>> byEnterprises(Collection<UUID> enterpriseIds) {
        return projects.byEnterprises(enterpriseIds).stream()
                .collect(Collectors.groupingBy(p -> p.enterpriseId,
                        Collectors.mapping(InvestmentProjectView::of, Collectors.toList())));
    }

    @WriteAccess
    @Transactional
    public InvestmentProjectView create(InvestmentProjectInput input) {
        validator.check(input, "investmentProject");
        InvestmentProject project = new InvestmentProject();
        project.stage = PipelineStage.LEAD;
        apply(input, project);
        projects.persist(project);
        Flush.now(TYPE + " '" + input.name() + "'");
        return InvestmentProjectView.of(project);
    }

    @WriteAccess
    @Transactional
    public InvestmentProjectView update(UUID id, InvestmentProjectInput input) {
        validator.check(input, "investmentProject");
        InvestmentProject project = find(id);
        project.checkVersion(input.version());
        apply(input, project);
        Flush.now(TYPE + " " + id);
        return InvestmentProjectView.of(project);
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        projects.delete(find(id));
    }

    private void apply(InvestmentProjectInput input, InvestmentProject project) {
        if (enterprises.findByIdOptional(input.enterpriseId()).isEmpty()) {
            throw new InvalidInputException("enterpriseId", "names no enterprise: " + input.enterpriseId());
        }
        if (input.stage() != null && input.stage() != project.stage) {
            moveTo(project, input.stage());
        }
        project.name = input.name().strip();
        project.enterpriseId = input.enterpriseId();
        project.industryChain = input.industryChain();
        project.park = input.park();
        project.agreedInvestmentCny = input.agreedInvestmentCny();
        project.strategicInvestor = input.strategicInvestor();
    }

    private static void moveTo(InvestmentProject project, PipelineStage target) {
        PipelineStage from = project.stage;
        if (from == PipelineStage.LEAD && project.id == null) {
            project.stage = target; // a new project may enter the pipeline at any stage it has already reached
            return;
        }
        if (!from.canMoveTo(target)) {
            throw new ConflictException("An investment project cannot move from " + from + " to " + target
                    + "; allowed next stages: " + from.next() + ".");
        }
        project.stage = target;
    }

    private InvestmentProject find(UUID id) {
        return projects.findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
    }
}
