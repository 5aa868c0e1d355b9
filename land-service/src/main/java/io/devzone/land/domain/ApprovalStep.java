package io.devzone.land.domain;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One approval step of the expansion application; decided (dated) once approved or rejected. */
@Embeddable
public class ApprovalStep {

    public String name;

    @Enumerated(EnumType.STRING)
    public StepStatus status;

    public LocalDate decidedOn;

    /** Who carries the step through, where the zone itself must (责任人); none while it waits on another body. */
    public String owner;

    /** When the step is to be done by. */
    public LocalDate dueOn;
}
