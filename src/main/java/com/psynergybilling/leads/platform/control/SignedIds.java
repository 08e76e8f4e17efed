package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Links that act without a login (remove my address, unsubscribe) carry a record id signed with
 * the service's key for one purpose: only the mail's recipient can use one, nobody can guess
 * another's, and a token for one purpose is worthless for any other.
 */
@ApplicationScoped
public class SignedIds {

    static final int ID_LENGTH = 36;
    public static final int TOKEN_LENGTH = ID_LENGTH + 1 + 64;

    @Inject
    Secret secret;

    public String token(String purpose, String id) {
        if (id.length() != ID_LENGTH) {
            throw new IllegalArgumentException("a signed id is a UUID");
        }
        return id + "." + signature(purpose, id);
    }

    /** The id a genuine token of {@code purpose} names; empty for anything else. */
    public Optional<String> id(String purpose, String token) {
        if (token == null || token.length() != TOKEN_LENGTH || token.charAt(ID_LENGTH) != '.') {
            return Optional.empty();
        }
        String id = token.substring(0, ID_LENGTH);
        byte[] expected = signature(purpose, id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(ID_LENGTH + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    private String signature(String purpose, String id) {
        return secret.keyedHash(purpose + ":" + id);
    }
}
