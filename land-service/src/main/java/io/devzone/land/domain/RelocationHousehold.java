package io.devzone.land.domain;

import java.math.BigDecimal;
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
 * 拆迁户: a household relocated from a parcel. Its personal data (head's name, identity number, phone, members)
 * is stored encrypted ({@link Encrypted}); identity number and phone also as a keyed blind index for exact search.
 */
@Entity
public class RelocationHousehold extends AuditedEntity {

    public UUID parcelId;

    @Convert(converter = Encrypted.class)
    @Column(name = "head_name_cipher")
    public String headName;

    @Convert(converter = Encrypted.class)
    @Column(name = "id_number_cipher")
    public String idNumber;

    public String idNumberIndex;

    @Convert(converter = Encrypted.class)
    @Column(name = "phone_cipher")
    public String phone;

    public String phoneIndex;

    /** The members (JSON list of name, identity number, relation), encrypted as one value. */
    @Convert(converter = Encrypted.class)
    @Column(name = "members_cipher")
    public String members;

    public int memberCount;

    public BigDecimal houseAreaM2;

    public BigDecimal compensationCny;

    @Enumerated(EnumType.STRING)
    public HouseholdStatus status;

    public LocalDate contractSignedOn;

    public LocalDate demolishedOn;

    public LocalDate resettledOn;

    public UUID plotId;
}
