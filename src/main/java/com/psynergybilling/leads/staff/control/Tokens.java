package com.psynergybilling.leads.staff.control;

import com.psynergybilling.leads.platform.control.Digests;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer tokens: 256 random bits, stored as SHA-256 (a salt adds nothing to a secret of that
 * strength, and a plain digest lets the token be found by an index).
 */
public final class Tokens {

    static final String PREFIX = "plt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String generate() {
        return PREFIX + random();
    }

    /** 256 random bits, URL-safe (43 characters): console session ids and CSRF tokens. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormedRandom(String value) {
        return value != null && value.length() == 43
                && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    public static boolean wellFormed(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() == PREFIX.length() + 43
                && token.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    public static String digest(String token) {
        return Digests.sha256(token);
    }
}
