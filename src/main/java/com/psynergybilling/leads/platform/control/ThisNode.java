package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node as its peers know it: an id new at every start (so a restarted node recovers its own
 * earlier claims like any dead node's), and the lease it keeps in {@link NodeLeases}.
 */
@ApplicationScoped
public class ThisNode {

    private final String id = UUID.randomUUID().toString();

    @Inject
    @ConfigProperty(name = "leads.node.heartbeat.millis", defaultValue = Defaults.LEADS_NODE_HEARTBEAT_MILLIS)
    long heartbeatMillis;

    @Inject
    @ConfigProperty(name = "leads.node.lease.seconds", defaultValue = Defaults.LEADS_NODE_LEASE_SECONDS)
    long leaseSeconds;

    public String id() {
        return id;
    }

    public Duration heartbeat() {
        return Duration.ofMillis(heartbeatMillis);
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    /** Why the settings cannot work, or null. */
    public String misconfigured() {
        return heartbeatMillis < 100 || leaseSeconds * 1000 < 3 * heartbeatMillis
                ? "LEADS_NODE_HEARTBEAT_MILLIS must be at least 100 and LEADS_NODE_LEASE_SECONDS at least three heartbeats"
                : null;
    }
}
