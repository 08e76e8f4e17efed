package com.psynergybilling.leads.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A metrics scraper's bearer token ({@code LEADS_METRICS_TOKEN}): its caller has the one group
 * {@value #GROUP}, which opens {@code /metrics} and no endpoint. Unset, no token is accepted here.
 * A wrong token fails like any other, counting toward the login limits.
 */
@ApplicationScoped
public class MetricsTokenStore implements IdentityStore {

    public static final String GROUP = "metrics";
    private static final int SHORTEST = 16;

    @Inject
    @ConfigProperty(name = "leads.metrics.token")
    Optional<String> token;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof BearerCredential bearer && matches(bearer.token())) {
            return new CredentialValidationResult("metrics-scraper", Set.of(GROUP));
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    boolean matches(String presented) {
        return token.map(String::strip).filter(t -> t.length() >= SHORTEST)
                .map(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
