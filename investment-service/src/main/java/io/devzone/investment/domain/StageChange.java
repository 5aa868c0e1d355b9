package io.devzone.investment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.Immutable;

import io.devzone.commons.history.KeptEntity;

/**
 * One dated move of an investment project along the pipeline, kept for good: the pipeline's history, and what the
 * work summary counts ("landed in the period" is a LANDED transition dated in it). Never changed once written
 * ({@link Immutable}: Hibernate writes no update of it).
 */
@Entity
@Immutable
public class StageChange extends KeptEntity {

    public UUID investmentProjectId;

    /** 0 for the stage the project entered the pipeline at, then 1, 2, … */
    public int sequence;

    /** Null for the stage the project entered the pipeline at. */
    @Enumerated(EnumType.STRING)
    public PipelineStage fromStage;

    @Enumerated(EnumType.STRING)
    public PipelineStage toStage;

    /** The business date of the move (签约日, 落户日, …). */
    public LocalDate changedOn;

    public Instant recordedAt;

    public String recordedBy;
}
