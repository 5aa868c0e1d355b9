package io.devzone.commons.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.Config;

/**
 * Encrypts personal data at rest: AES-256-GCM with a random 96-bit IV per value, stored as base64 of IV and
 * ciphertext (with its tag), and a keyed HMAC-SHA256 "blind index" (hex) for exact-match search. The keys are base64
 * of 32 random bytes each, from {@value #ENCRYPTION_KEY} and {@value #INDEX_KEY} (environment
 * {@value #ENCRYPTION_KEY_VARIABLE}, {@value #INDEX_KEY_VARIABLE}); there is no production default.
 * Thread-safe. A service gets it injected ({@link PersonalDataCipherProducer}); its entities declare encrypted fields
 * with {@link Encrypted}.
 */
public final class PersonalDataCipher {

    public static final String ENCRYPTION_KEY = "devzone.personal-data.encryption-key";
    public static final String INDEX_KEY = "devzone.personal-data.index-key";
    public static final String ENCRYPTION_KEY_VARIABLE = "DEVZONE_PERSONAL_DATA_ENCRYPTION_KEY";
    public static final String INDEX_KEY_VARIABLE = "DEVZONE_PERSONAL_DATA_INDEX_KEY";

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    /** A cipher over these keys (base64 of 32 bytes each); a missing or malformed key is refused, naming it. */
    public PersonalDataCipher(String encryptionKey, String indexKey) {
        this.encryptionKey = new SecretKeySpec(key(encryptionKey, ENCRYPTION_KEY, ENCRYPTION_KEY_VARIABLE), "AES");
        this.indexKey = new SecretKeySpec(key(indexKey, INDEX_KEY, INDEX_KEY_VARIABLE), "HmacSHA256");
    }

    /** The cipher over the keys in this configuration; a service lacking them must not start, so this throws. */
    public static PersonalDataCipher fromConfig(Config config) {
        return new PersonalDataCipher(value(config, ENCRYPTION_KEY), value(config, INDEX_KEY));
    }

    private static String value(Config config, String name) {
        // an empty value counts as missing: SmallRye reads it as absent
        Optional<String> value = config.getOptionalValue(name, String.class);
        return value.orElse(null);
    }

    private static byte[] key(String base64, String property, String variable) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("No personal-data key: this service stores personal data encrypted and"
                    + " does not start without " + ENCRYPTION_KEY_VARIABLE + " and " + INDEX_KEY_VARIABLE + " (" + variable
                    + ", or " + property + ", is missing). Set each to base64 of 32 random bytes, e.g. `openssl rand"
                    + " -base64 32`, and keep them as long as the data: data encrypted under a lost key is lost.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(variable + " (" + property + ") must be base64 of " + KEY_BYTES
                    + " random bytes, e.g. from `openssl rand -base64 32`.");
        }
        return key;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    /** The value {@link #encrypt} sealed; a value altered, or sealed under another key, is refused. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            if (all.length < IV_BYTES) {
                throw new IllegalStateException("Cannot decrypt personal data: not a value this cipher sealed");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt personal data: altered, or sealed under another key", e);
        }
    }

    /** The blind index of a value: equal values give equal indexes, and nothing else can be read from it. */
    public String index(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot index personal data", e);
        }
    }
}
