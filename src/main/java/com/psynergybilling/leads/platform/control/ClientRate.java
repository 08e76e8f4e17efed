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
 * members, malformed, too large, broken off): a client cannot probe for free. Intake's other
 * per-minute counters (a person's address, a client's reads of receipts) keep the same rate here.
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
        admit(COUNTER, clientAddress, "Too many submissions from your address. Try again later.");
    }

    /**
     * Counts one hit of {@code key} under a counter of its own at the same rate (a person's address,
     * a client's reads of receipts): 429 with {@code detail} once it is over.
     */
    public void admit(String counter, String key, String detail) {
        counters.hit(counter, MINUTE, key).refuseOver(perMinute, detail, Moments.now(clock));
    }
}
