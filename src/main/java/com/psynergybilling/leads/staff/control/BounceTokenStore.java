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
 * The bearer token of the MTA pipe or provider relay that posts delivery reports
 * ({@code LEADS_BOUNCE_TOKEN}): its caller has the one group {@value #GROUP}, which opens
 * {@code POST /api/v1/mail/bounces} and nothing else. Unset (or shorter than 16 characters), no token
 * is accepted here. A wrong token fails like any other, counting toward the login limits.
 */
@ApplicationScoped
public class BounceTokenStore implements IdentityStore {

    public static final String GROUP = "bounces";
    private static final int SHORTEST = 16;

    @Inject
    @ConfigProperty(name = "leads.bounce.token")
    Optional<String> token;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof BearerCredential bearer && matches(bearer.token())) {
            return new CredentialValidationResult("mail-reports", Set.of(GROUP));
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
