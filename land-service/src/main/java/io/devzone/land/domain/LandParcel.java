package io.devzone.land.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 地块: a parcel of land the department acquires, levels and supplies to an investment project. */
@Entity
@Table(name = "land_parcel")
public class LandParcel extends AuditedEntity {

    /** The parcel's code, e.g. {@code JB-2011-001}; unique, kept in upper case. */
    @Column(nullable = false, length = 40)
    public String code;

    /** Its name or location. */
    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Park park;

    /** Area in mu (亩). */
    @Column(name = "area_mu", nullable = false, precision = 12, scale = 2)
    public BigDecimal areaMu;

    @Enumerated(EnumType.STRING)
    @Column(name = "planned_use", nullable = false, length = 32)
    public PlannedUse plannedUse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ParcelStatus status;

    /**
     * The investment project (in investment-service) the parcel is supplied to: set exactly when the
     * status is SUPPLIED. An id only, never checked against the other service's database.
     */
    @Column(name = "investment_project_id")
    public UUID investmentProjectId;
}
