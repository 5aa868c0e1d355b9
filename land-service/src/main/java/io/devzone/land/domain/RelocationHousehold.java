package io.devzone.land.domain;

import java.math.BigDecimal;
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
 * 拆迁户: a household relocated from a parcel. Its personal data (head's name, identity number, phone, members)
 * is stored encrypted ({@link Encrypted}); identity number and phone also as a keyed blind index for exact search.
 */
@Entity
@Table(name = "relocation_household")
public class RelocationHousehold extends AuditedEntity {

    @Column(name = "parcel_id", nullable = false)
    public UUID parcelId;

    @Convert(converter = Encrypted.class)
    @Column(name = "head_name_cipher", nullable = false)
    public String headName;

    @Convert(converter = Encrypted.class)
    @Column(name = "id_number_cipher", nullable = false)
    public String idNumber;

    @Column(name = "id_number_index", nullable = false, length = 64)
    public String idNumberIndex;

    @Convert(converter = Encrypted.class)
    @Column(name = "phone_cipher")
    public String phone;

    @Column(name = "phone_index", length = 64)
    public String phoneIndex;

    /** The members (JSON list of name, identity number, relation), encrypted as one value. */
    @Convert(converter = Encrypted.class)
    @Column(name = "members_cipher", nullable = false)
    public String members;

    @Column(name = "member_count", nullable = false)
    public int memberCount;

    @Column(name = "house_area_m2", nullable = false, precision = 12, scale = 2)
    public BigDecimal houseAreaM2;

    @Column(name = "compensation_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal compensationCny;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public HouseholdStatus status;

    @Column(name = "contract_signed_on")
    public LocalDate contractSignedOn;

    @Column(name = "demolished_on")
    public LocalDate demolishedOn;

    @Column(name = "resettled_on")
    public LocalDate resettledOn;

    @Column(name = "plot_id")
    public UUID plotId;
}
