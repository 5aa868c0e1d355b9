package io.devzone.party.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.personaldata.Encrypted;

/**
 * 发展党员: a person on the path to membership, from application to full membership, each step dated. Name,
 * identity number and phone are personal data, stored encrypted ({@link Encrypted}).
 */
@Entity
public class PartyMember extends AuditedEntity {

    @Convert(converter = Encrypted.class)
    @Column(name = "name_cipher")
    public String name;

    @Convert(converter = Encrypted.class)
    @Column(name = "identity_number_cipher")
    public String identityNumber;

    @Convert(converter = Encrypted.class)
    @Column(name = "phone_cipher")
    public String phone;

    @Enumerated(EnumType.STRING)
    public MemberCategory category;

    /** The Party organisation that develops the person. */
    public UUID organisationId;

    /** The enterprise the person works in, by its id in the investment service. */
    public UUID enterpriseId;

    /** The step reached; changed only by taking the next step. */
    @Enumerated(EnumType.STRING)
    public MemberStage stage;

    public LocalDate appliedOn;

    public LocalDate activistOn;

    public LocalDate developmentTargetOn;

    public LocalDate probationaryOn;

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
