package io.devzone.party.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.personaldata.Encrypted;

/**
 * 发展党员: a person on the path to membership, from application to full membership, each step dated. Name,
 * identity number and phone are personal data, stored encrypted ({@link Encrypted}).
 */
@Entity
@Table(name = "party_member")
public class PartyMember extends AuditedEntity {

    @Convert(converter = Encrypted.class)
    @Column(name = "name_cipher", nullable = false)
    public String name;

    @Convert(converter = Encrypted.class)
    @Column(name = "identity_number_cipher")
    public String identityNumber;

    @Convert(converter = Encrypted.class)
    @Column(name = "phone_cipher")
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public MemberCategory category;

    /** The Party organisation that develops the person. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** The enterprise the person works in, by its id in the investment service. */
    @Column(name = "enterprise_id")
    public UUID enterpriseId;

    /** The step reached; changed only by taking the next step. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public MemberStage stage;

    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    @Column(name = "activist_on")
    public LocalDate activistOn;

    @Column(name = "development_target_on")
    public LocalDate developmentTargetOn;

    @Column(name = "probationary_on")
    public LocalDate probationaryOn;

    @Column(name = "full_on")
    public LocalDate fullOn;

    /** The day the given step was taken; null when it has not been. */
    public LocalDate dateOf(MemberStage step) {
        return switch (step) {
            case APPLICANT -> appliedOn;
            case ACTIVIST -> activistOn;
            case DEVELOPMENT_TARGET -> developmentTargetOn;
            case PROBATIONARY -> probationaryOn;
            case FULL -> fullOn;
        };
    }

    /** Records that the step was taken on that day; the rules are the service's. */
    public void take(MemberStage step, LocalDate on) {
        switch (step) {
            case APPLICANT -> appliedOn = on;
            case ACTIVIST -> activistOn = on;
            case DEVELOPMENT_TARGET -> developmentTargetOn = on;
            case PROBATIONARY -> probationaryOn = on;
            case FULL -> fullOn = on;
        }
        stage = step;
    }
}
