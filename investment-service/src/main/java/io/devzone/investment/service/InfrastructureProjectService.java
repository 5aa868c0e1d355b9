package io.devzone.investment.service;

import static io.devzone.commons.service.Records.NameMatching.IGNORING_CASE;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.InfrastructureProject;
import io.devzone.investment.domain.InfrastructureProjectRepository;
import io.devzone.investment.mapping.InfrastructureProjectInput;
import io.devzone.investment.mapping.InfrastructureProjectView;

/** 基础设施项目: the zone's own works, their budget, spending, completed investment and status. */
@Singleton
public class InfrastructureProjectService extends RecordService<InfrastructureProject, InfrastructureProjectView,
        InfrastructureProjectInput, InfrastructureProjectFilter> {

    InfrastructureProjectService(InfrastructureProjectRepository infrastructure) {
        super(Records.withHistory(infrastructure, InfrastructureProjectView::of)
                .namedUniquely("an infrastructure project", "name", p -> p.name, IGNORING_CASE)
                .sortable("name", "kind", "status", "budgetCny", "investmentCompletedCny", "startedOn", "completedOn")
                .tracking("budgetCny", p -> p.budgetCny)
                .tracking("spentCny", p -> p.spentCny)
                .tracking("investmentCompletedCny", p -> p.investmentCompletedCny)
                .trackingChanges("status", p -> p.status));
    }

    @Override
    protected void checkRules(InfrastructureProjectInput input) {
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
    }
}
