package com.psynergybilling.leads.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer token of the MTA pipe or provider relay that posts delivery reports
 * ({@code LEADS_BOUNCE_TOKEN}): its caller has the one group {@value #GROUP}, which opens
 * {@code POST /api/v1/mail/bounces} and nothing else. Unset, no token is accepted here.
 */
@ApplicationScoped
public class BounceTokenStore extends ServiceTokenStore {

    public static final String GROUP = "bounces";

    @Inject
    @ConfigProperty(name = "leads.bounce.token")
    Optional<String> token;

    public BounceTokenStore() {
        super("mail-reports", GROUP);
    }

    @Override
    Optional<String> configured() {
        return token;
    }
}
