package io.devzone.commons.personaldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class PersonalDataCipherTest {

    // the house's public test keys (commons' microprofile-config.properties, %test)
    private static final String KEY = "fZxAQAyM5jXBQV9uFpy+VAvx+GUwhSc1ElLgF/8/AIQ=";
    private static final String INDEX_KEY = "iLGjt4B8GGxBcajFf+T1VFIflpylmHSwXT67MkudkGk=";
    private static final String OTHER_KEY = "3q1R5b2m0m9QbC8aXh0cZ2x4dFJ4WjZ0bU5vUXdZc1U=";

    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY, INDEX_KEY);

    @Test
    void roundTripsAndNeverSealsTheSameValueTwiceAlike() {
        String plain = "王建国 110101199003074518";
        String once = cipher.encrypt(plain);
        String twice = cipher.encrypt(plain);

        assertEquals(plain, cipher.decrypt(once));
        assertEquals(plain, cipher.decrypt(twice));
        assertNotEquals(once, twice, "a random IV per value: equal values must not show as equal ciphertexts");
        assertFalse(once.contains("110101"), once);
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
        assertEquals("", cipher.decrypt(cipher.encrypt("")));
    }

    @Test
    void readsWhatLandServiceStoredBeforeTheCipherMovedToCommons() {
        // sealed and indexed by land-service's own PersonalDataCipher under the test keys: rows already stored must
        // stay readable and findable
        assertEquals("王建国 110101199003074518",
                cipher.decrypt("vqIi5LJI52OavrUaU0fXjIb7BMz6zgAxmJ004OHtrYnXWJ0YDdAdsxW4KJZkdiGFK9moywR6S+Q="));
        assertEquals("11bd9cb4e93ab3b81a0737f502c66fa83a367692f30e00bd91ab0a5c12b116d2",
                cipher.index("110101199003074518"));
    }

    @Test
    void refusesAnAlteredValue() {
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt("13800000000"));
        sealed[sealed.length - 1] ^= 1;
        String altered = Base64.getEncoder().encodeToString(sealed);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cipher.decrypt(altered));
        assertTrue(e.getMessage().contains("altered"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("not base64!"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("AAAA"));
    }

    @Test
    void refusesAValueSealedUnderAnotherKey() {
        String sealed = new PersonalDataCipher(OTHER_KEY, INDEX_KEY).encrypt("13800000000");

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed));
    }

    @Test
    void indexIsStableAndKeyed() {
        String index = cipher.index("13800000000");

        assertEquals(index, new PersonalDataCipher(OTHER_KEY, INDEX_KEY).index("13800000000"),
                "the index depends on the index key only: stable across restarts and re-encryption");
        assertNotEquals(index, cipher.index("13800000001"));
        assertNotEquals(index, new PersonalDataCipher(KEY, OTHER_KEY).index("13800000000"),
                "another index key, another index: the index cannot be computed without the key");
        assertTrue(index.matches("[0-9a-f]{64}"), index);
        assertNull(cipher.index(null));
    }

    @Test
    void refusesMissingOrMalformedKeysNamingTheVariables() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new PersonalDataCipher(null, INDEX_KEY));
        assertTrue(missing.getMessage().contains("DEVZONE_PERSONAL_DATA_ENCRYPTION_KEY"), missing.getMessage());
        assertTrue(missing.getMessage().contains("DEVZONE_PERSONAL_DATA_INDEX_KEY"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> new PersonalDataCipher(KEY, " "));

        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> new PersonalDataCipher(KEY, Base64.getEncoder().encodeToString(new byte[16])));
        assertTrue(shortKey.getMessage().startsWith("DEVZONE_PERSONAL_DATA_INDEX_KEY"), shortKey.getMessage());
        IllegalStateException notBase64 = assertThrows(IllegalStateException.class,
                () -> new PersonalDataCipher("not a key", INDEX_KEY));
        assertTrue(notBase64.getMessage().contains("base64 of 32 random bytes"), notBase64.getMessage());
        assertFalse(notBase64.getMessage().contains("not a key"), "a key's value never goes into a message or log");
    }

    @Test
    void refusesAValueCutShort() {
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt("13800000000"));
        // IV and tag with no ciphertext, and the value short of its last byte
        for (int length : new int[] { 28, sealed.length - 1 }) {
            String cut = Base64.getEncoder().encodeToString(Arrays.copyOf(sealed, length));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> cipher.decrypt(cut));
            assertTrue(e.getMessage().startsWith("Cannot decrypt personal data"), e.getMessage());
        }
    }

    @Test
    void refusesAnEncryptionKeyOfAnotherLengthNamingItsVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[24]), INDEX_KEY));
        assertTrue(e.getMessage().startsWith("DEVZONE_PERSONAL_DATA_ENCRYPTION_KEY"), e.getMessage());
    }

    @Test
    void takesKeysWithSurroundingSpaceAsAnEnvironmentFileMayHoldThem() {
        String sealed = new PersonalDataCipher(" " + KEY + "\n", INDEX_KEY).encrypt("13800000000");

        assertEquals("13800000000", cipher.decrypt(sealed));
    }

    @Test
    void readsItsKeysFromConfiguration() {
        PersonalDataCipher configured = PersonalDataCipher.fromConfig(config(Map.of(
                PersonalDataCipher.ENCRYPTION_KEY, KEY, PersonalDataCipher.INDEX_KEY, INDEX_KEY)));

        assertEquals("13800000000", cipher.decrypt(configured.encrypt("13800000000")));
        assertEquals(cipher.index("13800000000"), configured.index("13800000000"));
    }

    @Test
    void refusesToStartWithoutConfiguredKeysAnEmptyOneIncluded() {
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> PersonalDataCipher.fromConfig(config(Map.of())));
        assertTrue(none.getMessage().startsWith("No personal-data key"), none.getMessage());

        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> PersonalDataCipher.fromConfig(
                config(Map.of(PersonalDataCipher.ENCRYPTION_KEY, KEY, PersonalDataCipher.INDEX_KEY, ""))));
        assertTrue(empty.getMessage().contains("(DEVZONE_PERSONAL_DATA_INDEX_KEY, or devzone.personal-data.index-key,"
                + " is missing)"), empty.getMessage());
    }

    /** Only these values: no environment, no properties files (commons' own carry the %test keys). */
    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }
}
