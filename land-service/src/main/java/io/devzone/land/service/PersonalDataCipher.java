package io.devzone.land.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * Encrypts personal data at rest: AES-256-GCM with a random 96-bit IV per value (stored as base64 of IV and
 * ciphertext), and a keyed HMAC-SHA256 "blind index" for exact-match search. Both keys come from configuration
 * ({@code devzone.personal-data.encryption-key}, {@code devzone.personal-data.index-key}, base64 of 32 bytes):
 * there is no production default, so the service refuses to start without them.
 */
@ApplicationScoped
@Startup
public class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(@ConfigProperty(name = "devzone.personal-data.encryption-key") String encryptionKey,
            @ConfigProperty(name = "devzone.personal-data.index-key") String indexKey) {
        this.encryptionKey = new SecretKeySpec(key(encryptionKey, "encryption-key"), "AES");
        this.indexKey = new SecretKeySpec(key(indexKey, "index-key"), "HmacSHA256");
    }

    private static byte[] key(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("devzone.personal-data." + name + " must be base64 of 32 random bytes");
        }
        if (key.length != 32) {
            throw new IllegalStateException("devzone.personal-data." + name + " must be base64 of 32 random bytes");
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
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt personal data (wrong key?)", e);
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
