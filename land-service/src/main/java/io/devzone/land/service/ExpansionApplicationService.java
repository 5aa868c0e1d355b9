package io.devzone.land.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.FieldError;
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
import io.devzone.land.domain.ApprovalStep;
import io.devzone.land.domain.ExpansionApplication;
import io.devzone.land.domain.ExpansionApplicationRepository;
import io.devzone.land.domain.StepStatus;
import io.devzone.land.mapping.ApprovalStepInput;
import io.devzone.land.mapping.ExpansionApplicationInput;
import io.devzone.land.mapping.ExpansionApplicationView;

/** 扩园申报: the park expansion application and its approval steps; every step status change is on record. */
@ApplicationScoped
public class ExpansionApplicationService {

    static final String TYPE = "ExpansionApplication";
    private static final Map<String, String> SORTABLE = Map.of("title", "title", "submittedOn", "submittedOn",
            "createdAt", "createdAt");

    private final ExpansionApplicationRepository applications;
    private final Records<ExpansionApplication, ExpansionApplicationView> records;
    private final InputValidator validator;
    private final ChangeHistory history;

    ExpansionApplicationService(ExpansionApplicationRepository applications, InputValidator validator,
            ChangeHistory history, AccessGuard guard) {
        this.applications = applications;
        this.validator = validator;
        this.history = history;
        this.records = Records.of(applications, TYPE, ExpansionApplicationView::of, guard, history);
    }

    @ReadAccess
    public Page<ExpansionApplicationView> list(ExpansionApplicationFilter filter, PageRequest page) {
        var criteria = (filter == null ? new ExpansionApplicationFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "submittedOn");
    }

    @ReadAccess
    public ExpansionApplicationView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<ExpansionApplicationView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    @WriteAccess
    @Transactional
    public ExpansionApplicationView create(ExpansionApplicationInput input) {
        validator.check(input, "expansionApplication");
        ExpansionApplication application = new ExpansionApplication();
        apply(input, application);
        return ExpansionApplicationView.of(records.create(application));
    }

    @WriteAccess
    @Transactional
    public ExpansionApplicationView update(UUID id, ExpansionApplicationInput input) {
        validator.check(input, "expansionApplication");
        return ExpansionApplicationView.of(
                records.update(id, input.version(), application -> apply(input, application)));
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    private void apply(ExpansionApplicationInput input, ExpansionApplication application) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.steps().size(); i++) {
            ApprovalStepInput step = input.steps().get(i);
            if ((step.status() == StepStatus.PENDING) != (step.decidedOn() == null)) {
                errors.add(new FieldError("steps[" + i + "].decidedOn",
                        "is required exactly when the step is APPROVED or REJECTED"));
            } else if (step.decidedOn() != null && step.decidedOn().isBefore(input.submittedOn())) {
                errors.add(new FieldError("steps[" + i + "].decidedOn", "must not be before submittedOn"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, StepStatus> before = new HashMap<>();
        application.steps.forEach(s -> before.put(s.name, s.status));
        application.title = input.title().strip();
        application.submittedOn = input.submittedOn();
        application.steps.clear();
        for (ApprovalStepInput in : input.steps()) {
            ApprovalStep step = new ApprovalStep();
            step.name = in.name().strip();
            step.status = in.status();
            step.decidedOn = in.decidedOn();
            application.steps.add(step);
        }
        if (application.id == null) {
            applications.persist(application);
        }
        for (ApprovalStep step : application.steps) {
            String field = "step " + step.name;
            history.record(TYPE, application.id, field.length() > 64 ? field.substring(0, 64) : field,
                    before.get(step.name), step.status);
        }
    }
}
