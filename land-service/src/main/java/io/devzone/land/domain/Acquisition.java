package io.devzone.land.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 征地: an acquisition of part (or all) of a land parcel; a parcel's acquisitions never exceed its area. */
@Entity
@Table(name = "acquisition")
public class Acquisition extends AuditedEntity {

    @Column(name = "parcel_id", nullable = false)
    public UUID parcelId;

    @Column(name = "area_mu", nullable = false, precision = 12, scale = 2)
    public BigDecimal areaMu;

    @Column(name = "acquired_on", nullable = false)
    public LocalDate acquiredOn;

    @Column(name = "compensation_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal compensationCny;

    /** 林地占用指标: the forest-land occupation quota the acquisition needs, in mu. */
    @Column(name = "forest_quota_mu", nullable = false, precision = 12, scale = 2)
    public BigDecimal forestQuotaMu;

    @Column(length = 500)
    public String note;
}
