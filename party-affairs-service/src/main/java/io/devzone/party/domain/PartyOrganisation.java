package io.devzone.party.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 党组织: the zone Party committee or one of its branches (党支部), possibly in a non-public enterprise. */
@Entity
@Table(name = "party_organisation")
public class PartyOrganisation extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public OrganisationKind kind;

    /** The organisation above it in the tree; null only for the zone Party committee. */
    @Column(name = "parent_id")
    public UUID parentId;

    /** The non-public enterprise the branch is in (非公企业党支部), by its id in the investment service. */
    @Column(name = "enterprise_id")
    public UUID enterpriseId;

    @Column(name = "established_on")
    public LocalDate establishedOn;
}
