package io.devzone.party.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 表彰: an honour awarded to a Party organisation or to a person (a member's record). */
@Entity
@Table(name = "party_honour")
public class PartyHonour extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public HonourKind kind;

    @Column(name = "awarded_on", nullable = false)
    public LocalDate awardedOn;

    /** What it was awarded as, e.g. "庆祝建党九十周年先进基层党组织". */
    @Column(nullable = false, length = 200)
    public String title;

    /** Who awarded it, e.g. "市委"; optional. */
    @Column(name = "awarded_by", length = 200)
    public String awardedBy;

    /** The person honoured (outstanding member, outstanding Party worker). */
    @Column(name = "member_id")
    public UUID memberId;

    /** The organisation honoured (advanced grassroots organisation). */
    @Column(name = "organisation_id")
    public UUID organisationId;
}
