package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.NodeLeases;
import com.psynergybilling.leads.platform.control.Repeating;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's lease: a row renewed every {@code LEADS_NODE_HEARTBEAT_MILLIS}. Whatever the node
 * claims is its own while the lease is younger than {@code LEADS_NODE_LEASE_SECONDS}; after that any
 * node may take it over. Each start is a new node (a new id), so a restart recovers its own dead claims.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class NodeHeartbeat {

    private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    UserTransaction transaction;

    @Inject
    NodeLeases leases;

    @Inject
    @ConfigProperty(name = "leads.node.heartbeat.millis", defaultValue = "3000")
    long heartbeatMillis;

    @Inject
    @ConfigProperty(name = "leads.node.lease.seconds", defaultValue = "15")
    long leaseSeconds;

    private final String node = UUID.randomUUID().toString();
    private Repeating renewal;

    @PostConstruct
    void start() {
        if (heartbeatMillis < 100 || leaseSeconds * 1000 < 3 * heartbeatMillis) {
            throw new IllegalStateException("LEADS_NODE_HEARTBEAT_MILLIS must be at least 100 and "
                    + "LEADS_NODE_LEASE_SECONDS at least three heartbeats");
        }
        inTransaction(l -> l.renew(node, Moments.now()));
        LOG.info(() -> "Node " + node + " holds a lease of " + leaseSeconds + " s, renewed every "
                + heartbeatMillis + " ms");
        renewal = new Repeating(executor, "The node's lease renewal", heartbeat(), this::renew);
        renewal.start(heartbeat());
    }

    @PreDestroy
    void stop() {
        if (renewal != null) {
            renewal.stop();
        }
    }

    /** At a clean stop, once this node's rounds are over: peers need not wait for the lease to lapse. */
    public void release() {
        try {
            inTransaction(l -> l.release(node));
        } catch (RuntimeException e) {
            LOG.warning(() -> "The node's lease could not be released; it lapses in " + leaseSeconds + " s");
        }
    }

    private void renew() {
        var now = Moments.now();
        inTransaction(l -> {
            l.renew(node, now);
            l.forget(now.minus(1, ChronoUnit.DAYS));
        });
    }

    public String node() {
        return node;
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    public Duration heartbeat() {
        return Duration.ofMillis(heartbeatMillis);
    }

    private void inTransaction(Consumer<NodeLeases> work) {
        try {
            transaction.begin();
            try {
                work.accept(leases);
                transaction.commit();
            } catch (Exception e) {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The node's lease could not be written", e);
        }
    }
}
