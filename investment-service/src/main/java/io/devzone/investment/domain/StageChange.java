package io.devzone.investment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.history.KeptEntity;

/**
 * One dated move of an investment project along the pipeline, kept for good: the pipeline's history, and what the
 * work summary counts ("landed in the period" is a LANDED transition dated in it). Never changed once written.
 */
@Entity
@Table(name = "stage_change")
public class StageChange extends KeptEntity {

    @Column(name = "investment_project_id", nullable = false, updatable = false)
    public UUID investmentProjectId;

    /** 0 for the stage the project entered the pipeline at, then 1, 2, … */
    @Column(nullable = false, updatable = false)
    public int sequence;

    /** Null for the stage the project entered the pipeline at. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", updatable = false, length = 32)
    public PipelineStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, updatable = false, length = 32)
    public PipelineStage toStage;

    /** The business date of the move (签约日, 落户日, …). */
    @Column(name = "changed_on", nullable = false, updatable = false)
    public LocalDate changedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;
}
