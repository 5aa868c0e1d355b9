package io.devzone.land.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;

import io.devzone.commons.audit.AuditedEntity;

/** 安置地块: one plot of a resettlement area; assigned to at most one household (a database constraint). */
@Entity
@Table(name = "resettlement_plot")
public class ResettlementPlot extends AuditedEntity {

    @Column(name = "area_id", nullable = false)
    public UUID areaId;

    /** Unique within its area, kept in upper case. */
    @Column(nullable = false, length = 40)
    public String code;

    @Column(name = "area_m2", nullable = false, precision = 12, scale = 2)
    public BigDecimal areaM2;

    /** The household the plot is assigned to, read with the plot itself (a list of plots costs one query). */
    @Formula("(select h.id from relocation_household h where h.plot_id = id)")
    public UUID householdId;
}
