package io.devzone.commons.personaldata;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * An entity's field stored encrypted ({@link PersonalDataCipher}): the entity holds the plain value, its column the
 * ciphertext. One line on the field: {@code @Convert(converter = Encrypted.class)}. Hibernate compares the plain
 * values to find changes, so the random IV of each encryption does not make a record dirty.
 */
@Converter
@Singleton // a bean, so Hibernate gets it from CDI with its cipher (and creates it as the service starts)
public class Encrypted implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    @Inject
    Encrypted(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher.encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}
