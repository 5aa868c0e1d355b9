package io.devzone.land.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;

import io.devzone.commons.audit.AuditedEntity;

/** 征地: an acquisition of part (or all) of a land parcel; a parcel's acquisitions never exceed its area. */
@Entity
public class Acquisition extends AuditedEntity {

    public UUID parcelId;

    public BigDecimal areaMu;

    public LocalDate acquiredOn;

    public BigDecimal compensationCny;

    /** 林地占用指标: the forest-land occupation quota the acquisition needs, in mu. */
    public BigDecimal forestQuotaMu;

    public String note;
}
