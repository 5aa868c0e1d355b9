package io.devzone.investment.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.InfrastructureProject;
import io.devzone.investment.domain.InfrastructureProjectRepository;
import io.devzone.investment.domain.InfrastructureStatus;
import io.devzone.investment.mapping.InfrastructureProjectInput;
import io.devzone.investment.mapping.InfrastructureProjectView;

/** 基础设施项目: the zone's own works, their budget, spending, completed investment and status. */
@ApplicationScoped
public class InfrastructureProjectService {

    static final String TYPE = "InfrastructureProject";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "kind", "kind", "status", "status", "budgetCny", "budgetCny",
            "investmentCompletedCny", "investmentCompletedCny", "startedOn", "startedOn",
            "completedOn", "completedOn", "createdAt", "createdAt");

    private final InfrastructureProjectRepository infrastructure;
    private final Records<InfrastructureProject, InfrastructureProjectView> records;
    private final InputValidator validator;
    private final ChangeHistory history;

    InfrastructureProjectService(InfrastructureProjectRepository infrastructure, InputValidator validator,
            ChangeHistory history, AccessGuard guard) {
        this.infrastructure = infrastructure;
        this.validator = validator;
        this.history = history;
        // status is recorded by hand: only its changes, never its first value
        this.records = Records.of(infrastructure, TYPE, InfrastructureProjectView::of, guard, history)
                .tracking("budgetCny", p -> p.budgetCny)
                .tracking("spentCny", p -> p.spentCny)
                .tracking("investmentCompletedCny", p -> p.investmentCompletedCny);
    }

    @ReadAccess
    public Page<InfrastructureProjectView> list(InfrastructureProjectFilter filter, PageRequest page) {
        var criteria = (filter == null ? new InfrastructureProjectFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "name");
    }

    @ReadAccess
    public InfrastructureProjectView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<InfrastructureProjectView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @WriteAccess
    @Transactional
    public InfrastructureProjectView create(InfrastructureProjectInput input) {
        check(input, null);
        InfrastructureProject project = new InfrastructureProject();
        apply(input, project);
        records.create(project, TYPE + " '" + input.name() + "'");
        return InfrastructureProjectView.of(project);
    }

    @WriteAccess
    @Transactional
    public InfrastructureProjectView update(UUID id, InfrastructureProjectInput input) {
        InfrastructureStatus status = records.find(id).status;
        check(input, id);
        InfrastructureProject project = records.update(id, input.version(), p -> apply(input, p));
        history.record(TYPE, id, "status", status, project.status);
        return InfrastructureProjectView.of(project);
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    private void check(InfrastructureProjectInput input, UUID id) {
        validator.check(input, "infrastructureProject");
        List<FieldError> errors = new ArrayList<>();
        if (input.investmentCompletedCny().compareTo(input.spentCny()) > 0) {
            errors.add(new FieldError("investmentCompletedCny", "must not be above spentCny ("
                    + input.spentCny().toPlainString() + ")"));
        }
        switch (input.status()) {
            case PLANNED -> {
                if (input.startedOn() != null || input.completedOn() != null) {
                    errors.add(new FieldError("status", "PLANNED has neither startedOn nor completedOn"));
                }
            }
            case UNDER_CONSTRUCTION -> {
                if (input.startedOn() == null || input.completedOn() != null) {
                    errors.add(new FieldError("status", "UNDER_CONSTRUCTION needs startedOn and no completedOn"));
                }
            }
            case COMPLETED -> {
                if (input.startedOn() == null || input.completedOn() == null) {
                    errors.add(new FieldError("status", "COMPLETED needs startedOn and completedOn"));
                }
            }
        }
        if (input.startedOn() != null && input.completedOn() != null
                && input.completedOn().isBefore(input.startedOn())) {
            errors.add(new FieldError("completedOn", "must not be before startedOn (" + input.startedOn() + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (infrastructure.nameTaken(input.name(), id)) {
            throw new ConflictException("An infrastructure project named '" + input.name().strip()
                    + "' already exists.");
        }
    }

    private static void apply(InfrastructureProjectInput input, InfrastructureProject project) {
        project.name = input.name().strip();
        project.kind = input.kind();
        project.park = input.park();
        project.status = input.status();
        project.budgetCny = Money.of(input.budgetCny());
        project.spentCny = Money.of(input.spentCny());
        project.investmentCompletedCny = Money.of(input.investmentCompletedCny());
        project.earthworkM3 = Money.of(input.earthworkM3());
        project.landLevelledMu = Money.of(input.landLevelledMu());
        project.startedOn = input.startedOn();
        project.completedOn = input.completedOn();
    }
}
