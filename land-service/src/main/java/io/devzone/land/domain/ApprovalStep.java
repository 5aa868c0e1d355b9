package io.devzone.land.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One approval step of the expansion application; decided (dated) once approved or rejected. */
@Embeddable
public class ApprovalStep {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public StepStatus status;

    @Column(name = "decided_on")
    public LocalDate decidedOn;
}
