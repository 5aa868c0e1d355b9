package io.devzone.land.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 安置区: a resettlement area (陈家湾, 龙泉头) whose plots are assigned to relocated households. */
@Entity
@Table(name = "resettlement_area")
public class ResettlementArea extends AuditedEntity {

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Park park;

    @Column(length = 1000)
    public String description;
}
