package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one client address may post: {@code LEADS_INTAKE_RATE} per minute, cluster-wide. Every
 * public form post counts, and so does every body this service refused unread (too deep, repeated
 * members, malformed, too large, broken off): a client cannot probe for free.
 */
@ApplicationScoped
public class ClientRate {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final String COUNTER = "intake-client";

    @Inject
    Clock clock;

    @Inject
    Counters counters;

    @Inject
    @ConfigProperty(name = "leads.intake.rate", defaultValue = Defaults.LEADS_INTAKE_RATE)
    int perMinute;

    /** Counts one request from {@code clientAddress}; 429 (with Retry-After) once it is over the rate. */
    public void admit(String clientAddress) {
        counters.hit(COUNTER, MINUTE, clientAddress).refuseOver(perMinute,
                "Too many submissions from your address. Try again later.", Moments.now(clock));
    }
}
