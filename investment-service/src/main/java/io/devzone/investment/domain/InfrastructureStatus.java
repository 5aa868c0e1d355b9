package io.devzone.investment.domain;

/** Where an infrastructure project stands. */
public enum InfrastructureStatus {
    /** not started */
    PLANNED,
    /** 在建 */
    UNDER_CONSTRUCTION,
    /** 竣工 */
    COMPLETED
}
