package io.devzone.investment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 企业: an enterprise located in one of the zone's parks. */
@Entity
public class Enterprise extends AuditedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public Park park;

    @Enumerated(EnumType.STRING)
    public IndustryChain industryChain;

    /** 工业企业: counted as industrial in the zone's statistics, 利废企业 (waste recyclers) included. */
    public boolean industrial;

    /** 规模以上: above the designated size for industrial statistics. */
    public boolean aboveDesignatedSize;
}
