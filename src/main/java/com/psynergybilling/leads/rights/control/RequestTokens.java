package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    private static final int ID = SignedIds.ID_LENGTH;

    /** What a genuine token says; whether it has expired is the caller's question. */
    public record Signed(String requestId, Instant expiresAt) {

        public boolean expired(Instant now) {
            return now.isAfter(expiresAt);
        }
    }

    @Inject
    SignedIds signed;

    public String token(String purpose, String requestId, Instant expiresAt) {
        return signed.signed(purpose, requestId + "." + expiresAt.getEpochSecond());
    }

    /** What a genuine token of {@code purpose} names; empty for anything else. */
    public Optional<Signed> read(String purpose, String token) {
        if (token == null || token.length() < ID + 4 || token.length() > SignedIds.MAX_LENGTH || token.charAt(ID) != '.') {
            return Optional.empty();
        }
        return signed.payload(purpose, token).flatMap(payload -> {
            try {
                return Optional.of(new Signed(payload.substring(0, ID),
                        Instant.ofEpochSecond(Long.parseLong(payload.substring(ID + 1)))));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return Optional.empty();
            }
        });
    }
}
