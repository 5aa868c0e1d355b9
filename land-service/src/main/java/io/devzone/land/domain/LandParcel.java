package io.devzone.land.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 地块: a parcel of land the department acquires, levels and supplies to an investment project. */
@Entity
public class LandParcel extends AuditedEntity {

    /** The parcel's code, e.g. {@code JB-2011-001}; unique, kept in upper case. */
    public String code;

    /** Its name or location. */
    public String name;

    @Enumerated(EnumType.STRING)
    public Park park;

    /** Area in mu (亩). */
    public BigDecimal areaMu;

    @Enumerated(EnumType.STRING)
    public PlannedUse plannedUse;

    @Enumerated(EnumType.STRING)
    public ParcelStatus status;

    /**
     * The investment project (in investment-service) the parcel is supplied to: set exactly when the
     * status is SUPPLIED. An id only, never checked against the other service's database.
     */
    public UUID investmentProjectId;
}
