package io.devzone.land.domain;

public enum StepStatus {
    PENDING, APPROVED, REJECTED
}
