package com.psynergybilling.leads.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Machine callers' bearer tokens from configuration. Each opens one group of its own and nothing else:
 * a metrics scraper's ({@code LEADS_METRICS_TOKEN}) the group {@value #METRICS}, which opens
 * {@code /metrics} and no endpoint; the MTA pipe's or provider relay's ({@code LEADS_BOUNCE_TOKEN}) the
 * group {@value #BOUNCES}, which opens {@code POST /api/v1/mail/bounces} alone. A token shorter than
 * 16 characters, or none, opens nothing; the comparison takes the same time wherever the tokens differ.
 * A wrong token fails like any other, counting toward the login limits.
 */
@ApplicationScoped
public class ServiceTokenStore implements IdentityStore {

    public static final String METRICS = "metrics";
    public static final String BOUNCES = "bounces";
    private static final int SHORTEST = 16;

    @Inject
    @ConfigProperty(name = "leads.metrics.token")
    Optional<String> metricsToken;

    @Inject
    @ConfigProperty(name = "leads.bounce.token")
    Optional<String> bounceToken;

    /** A machine caller: its name (the actor in the audit log), its one group and its configured token. */
    private record Service(String caller, String group, Optional<String> token) {
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof BearerCredential bearer) {
            // Every service whose token it is: one token configured for both opens both, under the first name.
            var matched = services().stream().filter(s -> matches(s.token(), bearer.token())).toList();
            if (!matched.isEmpty()) {
                Set<String> groups = new LinkedHashSet<>();
                matched.forEach(s -> groups.add(s.group()));
                return new CredentialValidationResult(matched.get(0).caller(), groups);
            }
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private List<Service> services() {
        return List.of(new Service("metrics-scraper", METRICS, metricsToken),
                new Service("mail-reports", BOUNCES, bounceToken));
    }

    static boolean matches(Optional<String> configured, String presented) {
        return configured.map(String::strip).filter(t -> t.length() >= SHORTEST)
                .map(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
