package io.devzone.commons.personaldata;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.logging.Log;

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
        try {
            return PersonalDataCipher.fromConfig(config);
        } catch (IllegalStateException e) {
            // Hibernate, failing to create the converter, reports only that it could not: say why here
            Log.error(e.getMessage());
            throw e;
        }
    }
}
