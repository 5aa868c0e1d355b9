package io.devzone.party.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

import org.hibernate.annotations.BatchSize;

import io.devzone.commons.audit.AuditedEntity;

/** 活动: an activity of the zone Party committee: a Party lecture, a job fair, a training, … */
@Entity
public class PartyActivity extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    public ActivityType type;

    /** The day it was (or is planned to be) held. */
    public LocalDate heldOn;

    public String title;

    public String organiser;

    public int participantsCount;

    public String summary;

    /**
     * The enterprises involved, by their id in the investment service: never checked against it, and no
     * foreign key across databases. Loaded in batches so a page of activities costs one extra query.
     */
    @ElementCollection
    @CollectionTable(name = "party_activity_enterprise", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "enterprise_id")
    @BatchSize(size = 200)
    public Set<UUID> enterpriseIds = new HashSet<>();
}
