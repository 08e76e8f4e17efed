package com.psynergybilling.leads.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A metrics scraper's bearer token ({@code LEADS_METRICS_TOKEN}): its caller has the one group
 * {@value #GROUP}, which opens {@code /metrics} and no endpoint. Unset, no token is accepted here.
 */
@ApplicationScoped
public class MetricsTokenStore extends ServiceTokenStore {

    public static final String GROUP = "metrics";

    @Inject
    @ConfigProperty(name = "leads.metrics.token")
    Optional<String> token;

    public MetricsTokenStore() {
        super("metrics-scraper", GROUP);
    }

    @Override
    Optional<String> configured() {
        return token;
    }
}
