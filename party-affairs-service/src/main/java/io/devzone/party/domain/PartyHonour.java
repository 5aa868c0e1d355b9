package io.devzone.party.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;

/** 表彰: an honour awarded to a Party organisation or to a person (a member's record). */
@Entity
public class PartyHonour extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    public HonourKind kind;

    public LocalDate awardedOn;

    /** What it was awarded as, e.g. "庆祝建党九十周年先进基层党组织". */
    public String title;

    /** Who awarded it, e.g. "市委"; optional. */
    public String awardedBy;

    /** The person honoured (outstanding member, outstanding Party worker). */
    public UUID memberId;

    /** The organisation honoured (advanced grassroots organisation). */
    public UUID organisationId;
}
