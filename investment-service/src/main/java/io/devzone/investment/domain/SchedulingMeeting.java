package io.devzone.investment.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;

/** 调度会: a project-construction scheduling meeting, the projects it reviewed; its problems are {@link MeetingProblem}s. */
@Entity
public class SchedulingMeeting extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    public MeetingKind kind;

    public LocalDate heldOn;

    public String title;

    public String summary;

    /** The investment projects reviewed. */
    @ElementCollection
    @CollectionTable(name = "scheduling_meeting_project")
    @Column(name = "investment_project_id")
    public Set<UUID> investmentProjectIds = new LinkedHashSet<>();
}
