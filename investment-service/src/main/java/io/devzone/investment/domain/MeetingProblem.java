package io.devzone.investment.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 存在的问题: a problem raised at a scheduling meeting, with who owns it, when it is due and how it was resolved. */
@Entity
@Table(name = "meeting_problem")
public class MeetingProblem extends AuditedEntity {

    @Column(name = "scheduling_meeting_id", nullable = false, updatable = false)
    public UUID schedulingMeetingId;

    @Column(nullable = false, length = 2000)
    public String description;

    /** The person or office responsible (责任人). */
    @Column(nullable = false, length = 100)
    public String owner;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** Null while the problem is open. */
    @Column(length = 2000)
    public String resolution;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;
}
