package io.devzone.land.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.zone.Park;

/** 安置区: a resettlement area (陈家湾, 龙泉头) whose plots are assigned to relocated households. */
@Entity
public class ResettlementArea extends AuditedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public Park park;

    public String description;
}
