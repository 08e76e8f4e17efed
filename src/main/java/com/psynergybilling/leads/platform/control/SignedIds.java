package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links that act without a login (remove my address, unsubscribe) carry a record id signed with
 * the service's key for one purpose: only the mail's recipient can use one, nobody can guess
 * another's, and a token for one purpose is worthless for any other.
 */
@ApplicationScoped
public class SignedIds {

    /** The ids signed: UUIDs. */
    public static final int ID_LENGTH = 36;
    /** A signed id: the id, a dot and 64 hex digits of signature. */
    public static final int TOKEN_LENGTH = ID_LENGTH + 1 + 64;
    /** 80 bits of the signature: a short token must fit an address's local part (64 characters). */
    static final int SHORT_SIGNATURE = 20;
    public static final int SHORT_TOKEN_LENGTH = 32 + 1 + SHORT_SIGNATURE;
    private static final Pattern SHORT = Pattern.compile("[0-9a-f]{32}\\.[0-9a-f]{" + SHORT_SIGNATURE + "}");
    /** The longest signed token taken in (a privacy request's carries an expiry too). */
    public static final int MAX_LENGTH = 160;
    /** The characters of every signed token: forms and pages refuse anything else before looking further. */
    public static final String SHAPE = "[A-Za-z0-9.-]*";

    /** Whether {@code token} could be a signed token of at most {@code max} characters (not whether it is genuine). */
    public static boolean wellFormed(String token, int max) {
        return token != null && !token.isEmpty() && token.length() <= max && token.matches(SHAPE);
    }

    @Inject
    Secret secret;

    public String token(String purpose, String id) {
        if (id.length() != ID_LENGTH) {
            throw new IllegalArgumentException("a signed id is a UUID");
        }
        return signed(purpose, id);
    }

    /** The id a genuine token of {@code purpose} names; empty for anything else. */
    public Optional<String> id(String purpose, String token) {
        if (token == null || token.length() != TOKEN_LENGTH || token.charAt(ID_LENGTH) != '.') {
            return Optional.empty();
        }
        return payload(purpose, token);
    }

    /**
     * The same for where length is scarce and case may be lost (an address's local part): the UUID's
     * 32 hex digits, a dot and the first 80 bits of the signature, all lower case.
     */
    public String shortToken(String purpose, String id) {
        if (id.length() != ID_LENGTH) {
            throw new IllegalArgumentException("a signed id is a UUID");
        }
        String compact = id.replace("-", "").toLowerCase(Locale.ROOT);
        return compact + "." + signature(purpose, compact).substring(0, SHORT_SIGNATURE);
    }

    /** The UUID a genuine short token of {@code purpose} names, under any key of the ring; empty for anything else. */
    public Optional<String> shortId(String purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (!SHORT.matcher(lower).matches()) {
            return Optional.empty();
        }
        String compact = lower.substring(0, 32);
        byte[] given = lower.substring(33).getBytes(StandardCharsets.US_ASCII);
        boolean genuine = false;
        for (String full : secret.keyedHashes(purpose + ":" + compact)) {
            genuine |= MessageDigest.isEqual(full.substring(0, SHORT_SIGNATURE).getBytes(StandardCharsets.US_ASCII), given);
        }
        return genuine ? Optional.of(compact.substring(0, 8) + "-" + compact.substring(8, 12) + "-"
                + compact.substring(12, 16) + "-" + compact.substring(16, 20) + "-" + compact.substring(20))
                : Optional.empty();
    }

    /** {@code payload} (no line breaks) with its signature for {@code purpose} after the last dot. */
    public String signed(String purpose, String payload) {
        return payload + "." + signature(purpose, payload);
    }

    /** The payload of a genuine token of {@code purpose}, compared in constant time; empty for anything else. */
    public Optional<String> payload(String purpose, String token) {
        int last = token == null ? -1 : token.lastIndexOf('.');
        if (last < 1) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        // Links signed before a key rotation still work: any key of the ring may have signed it.
        return secret.verifies(purpose + ":" + payload, token.substring(last + 1))
                ? Optional.of(payload) : Optional.empty();
    }

    private String signature(String purpose, String payload) {
        return secret.keyedHash(purpose + ":" + payload);
    }
}
