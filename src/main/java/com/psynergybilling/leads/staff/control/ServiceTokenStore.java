package com.psynergybilling.leads.staff.control;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * A machine caller's bearer token from configuration (a metrics scraper's, an MTA's): the caller gets
 * one group of its own and nothing else. A token shorter than 16 characters, or none, opens nothing;
 * the comparison takes the same time wherever the tokens differ. A wrong token fails like any other,
 * counting toward the login limits.
 */
abstract class ServiceTokenStore implements IdentityStore {

    private static final int SHORTEST = 16;

    private final String caller;
    private final String group;

    ServiceTokenStore(String caller, String group) {
        this.caller = caller;
        this.group = group;
    }

    /** The configured token, if any. */
    abstract Optional<String> configured();

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof BearerCredential bearer && matches(bearer.token())) {
            return new CredentialValidationResult(caller, Set.of(group));
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    boolean matches(String presented) {
        return configured().map(String::strip).filter(t -> t.length() >= SHORTEST)
                .map(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
