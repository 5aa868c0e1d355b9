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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 调度会: a project-construction scheduling meeting, the projects it reviewed; its problems are {@link MeetingProblem}s. */
@Entity
@Table(name = "scheduling_meeting")
public class SchedulingMeeting extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MeetingKind kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 4000)
    public String summary;

    /** The investment projects reviewed. */
    @ElementCollection
    @CollectionTable(name = "scheduling_meeting_project", joinColumns = @JoinColumn(name = "scheduling_meeting_id"))
    @Column(name = "investment_project_id", nullable = false)
    public Set<UUID> investmentProjectIds = new LinkedHashSet<>();
}
