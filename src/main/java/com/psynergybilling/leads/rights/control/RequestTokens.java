package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.platform.control.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * The tokens of the links a requester gets: the request id and an expiry, signed with the service's
 * key for one purpose (verification or appeal), so nobody can forge or stretch one, nor use one
 * purpose's token for the other. One-time use is the request's own state: a verified request cannot
 * be verified again.
 */
@ApplicationScoped
public class RequestTokens {

    public static final String VERIFY = "privacy-verify";
    public static final String APPEAL = "privacy-appeal";
    private static final int ID = 36;

    /** What a genuine token says; whether it has expired is the caller's question. */
    public record Signed(String requestId, Instant expiresAt) {

        public boolean expired(Instant now) {
            return now.isAfter(expiresAt);
        }
    }

    @Inject
    Secret secret;

    public String token(String purpose, String requestId, Instant expiresAt) {
        String payload = requestId + "." + expiresAt.getEpochSecond();
        return payload + "." + signature(purpose, payload);
    }

    /** What a genuine token of {@code purpose} names; empty for anything else. */
    public Optional<Signed> read(String purpose, String token) {
        if (token == null || token.length() < ID + 4 || token.length() > 160) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        if (token.charAt(ID) != '.' || last <= ID + 1) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        byte[] expected = signature(purpose, payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Signed(token.substring(0, ID),
                    Instant.ofEpochSecond(Long.parseLong(payload.substring(ID + 1)))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(String purpose, String payload) {
        return secret.keyedHash(purpose + ":" + payload);
    }
}
