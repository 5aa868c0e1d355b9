package io.devzone.investment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 企业: an enterprise located in one of the zone's parks. */
@Entity
@Table(name = "enterprise")
public class Enterprise extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Park park;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry_chain", nullable = false, length = 40)
    public IndustryChain industryChain;

    /** 规模以上: above the designated size for industrial statistics. */
    @Column(name = "above_designated_size", nullable = false)
    public boolean aboveDesignatedSize;
}
