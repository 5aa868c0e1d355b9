package io.devzone.land.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.input.Texts;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.land.domain.ApprovalStep;
import io.devzone.land.domain.ExpansionApplication;
import io.devzone.land.domain.ExpansionApplicationRepository;
import io.devzone.land.domain.StepStatus;
import io.devzone.land.mapping.ApprovalStepInput;
import io.devzone.land.mapping.ExpansionApplicationInput;
import io.devzone.land.mapping.ExpansionApplicationView;

/** 扩园申报: the park expansion application and its approval steps; every step status change is on record. */
@Singleton
public class ExpansionApplicationService extends RecordService<ExpansionApplication, ExpansionApplicationView,
        ExpansionApplicationInput, ExpansionApplicationFilter> {

    private final ExpansionApplicationRepository applications;

    ExpansionApplicationService(ExpansionApplicationRepository applications) {
        super(Records.withHistory(applications, ExpansionApplicationView::of)
                .sortable("submittedOn", "title"));
        this.applications = applications;
    }

    @Override
    protected void checkRules(ExpansionApplicationInput input) {
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
    }

    /** Applies the input and records each step whose status changed, under the step's name (steps come and go). */
    @Override
    protected void apply(ExpansionApplicationInput input, ExpansionApplication application) {
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
            step.owner = Texts.orNull(in.owner());
            step.dueOn = in.dueOn();
            application.steps.add(step);
        }
        if (application.id == null) {
            applications.persist(application); // the history below needs the new record's id
        }
        for (ApprovalStep step : application.steps) {
            String field = "step " + step.name;
            history.record(records.type(), application.id, field.length() > 64 ? field.substring(0, 64) : field,
                    before.get(step.name), step.status);
        }
    }
}
