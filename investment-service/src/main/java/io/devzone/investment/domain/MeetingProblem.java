package io.devzone.investment.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import io.devzone.commons.audit.AuditedEntity;

/** 存在的问题: a problem raised at a scheduling meeting, with who owns it, when it is due and how it was resolved. */
@Entity
public class MeetingProblem extends AuditedEntity {

    @Column(updatable = false)
    public UUID schedulingMeetingId;

    public String description;

    /** The person or office responsible (责任人). */
    public String owner;

    public LocalDate dueOn;

    /** Null while the problem is open. */
    public String resolution;

    public LocalDate resolvedOn;
}
