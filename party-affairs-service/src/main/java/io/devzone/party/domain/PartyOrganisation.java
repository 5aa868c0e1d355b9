package io.devzone.party.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;

/** 党组织: the zone Party committee or one of its branches (党支部), possibly in a non-public enterprise. */
@Entity
public class PartyOrganisation extends AuditedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    /** The organisation above it in the tree; null only for the zone Party committee. */
    public UUID parentId;

    /** The non-public enterprise the branch is in (非公企业党支部), by its id in the investment service. */
    public UUID enterpriseId;

    public LocalDate establishedOn;
}
