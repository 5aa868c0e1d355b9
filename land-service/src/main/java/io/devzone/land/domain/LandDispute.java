package io.devzone.land.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;

/** 纠纷: a dispute over land being acquired, with its handling (调处). */
@Entity
public class LandDispute extends AuditedEntity {

    public UUID parcelId;

    public UUID acquisitionId;

    public String subject;

    public LocalDate raisedOn;

    public String handling;

    @Enumerated(EnumType.STRING)
    public DisputeStatus status;

    public LocalDate resolvedOn;

    /** Who follows it to its end (责任人). */
    public String owner;

    /** When it is to be settled by. */
    public LocalDate dueOn;
}
