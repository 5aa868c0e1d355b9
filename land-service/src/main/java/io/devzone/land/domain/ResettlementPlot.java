package io.devzone.land.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Formula;

import io.devzone.commons.audit.AuditedEntity;

/** 安置地块: one plot of a resettlement area; assigned to at most one household (a database constraint). */
@Entity
public class ResettlementPlot extends AuditedEntity {

    public UUID areaId;

    /** Unique within its area, kept in upper case. */
    public String code;

    public BigDecimal areaM2;

    /** The household the plot is assigned to, read with the plot itself (a list of plots costs one query). */
    @Formula("(select h.id from relocation_household h where h.plot_id = id)")
    public UUID householdId;
}
