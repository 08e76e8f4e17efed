package com.psynergybilling.leads.platform.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A value that tells whether a key is the one the database's hashes were made with, and is useless
 * for anything else: PBKDF2 of the key with a random salt, so it is no HMAC the service ever accepts
 * (nobody can sign a link or match an address hash with it) and guessing a weak key from it is slow.
 * Written {@code pbkdf2.<iterations>.<salt>.<hash>}; its short form (the hash's first six characters)
 * tells keys apart in messages.
 */
public record Fingerprint(int iterations, String salt, String hash) {

    static final int ITERATIONS = 100_000;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public static Fingerprint of(String key) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String encodedSalt = ENCODER.encodeToString(salt);
        return new Fingerprint(ITERATIONS, encodedSalt, derive(key, encodedSalt, ITERATIONS));
    }

    public static Optional<Fingerprint> parse(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length != 4 || !parts[0].equals("pbkdf2")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Fingerprint(Integer.parseInt(parts[1]), parts[2], parts[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean matches(String key) {
        return MessageDigest.isEqual(derive(key, salt, iterations).getBytes(), hash.getBytes());
    }

    /** What a message may show: enough to tell keys apart. */
    public String shortForm() {
        return hash.substring(0, 6);
    }

    @Override
    public String toString() {
        return "pbkdf2." + iterations + "." + salt + "." + hash;
    }

    private static String derive(String key, String salt, int iterations) {
        try {
            var spec = new PBEKeySpec(key.toCharArray(), Base64.getUrlDecoder().decode(salt), iterations, 256);
            return ENCODER.encodeToString(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot fingerprint the key", e);
        }
    }
}
