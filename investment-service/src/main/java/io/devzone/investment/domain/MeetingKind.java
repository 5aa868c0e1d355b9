package io.devzone.investment.domain;

/** How often a scheduling meeting (调度会) is held. */
public enum MeetingKind {
    /** 周调度 */
    WEEKLY,
    /** 月调度 */
    MONTHLY,
    /** 专题调度 */
    SPECIAL
}
