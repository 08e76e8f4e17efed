package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.platform.control.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The removal link's token: the colleague's id signed with the service's key, so that only the
 * invitation's recipient can use it and nobody can guess another's.
 */
@ApplicationScoped
public class RemovalTokens {

    static final int MAX_LENGTH = 36 + 1 + 64;

    @Inject
    Secret secret;

    public String token(String colleagueId) {
        return colleagueId + "." + signature(colleagueId);
    }

    /** The colleague id a genuine token names; empty for anything else. */
    public Optional<String> colleagueId(String token) {
        if (token == null || token.length() != MAX_LENGTH || token.charAt(36) != '.') {
            return Optional.empty();
        }
        String id = token.substring(0, 36);
        byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(37).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    private String signature(String colleagueId) {
        return secret.keyedHash("referral-removal:" + colleagueId);
    }
}
