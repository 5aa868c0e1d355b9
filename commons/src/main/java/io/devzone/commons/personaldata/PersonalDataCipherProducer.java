package io.devzone.commons.personaldata;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

/**
 * The service's {@link PersonalDataCipher}, from its configuration. Only a service that stores personal data uses it
 * (through {@link Encrypted} or by injection), and that service fails to start without its keys: Hibernate creates
 * the entities' converters, hence the cipher, at start-up. A service without personal data needs no keys.
 */
@Singleton
class PersonalDataCipherProducer {

    @Produces
    @Singleton
    PersonalDataCipher cipher(Config config) {
        return PersonalDataCipher.fromConfig(config);
    }
}
