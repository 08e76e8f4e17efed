package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.NodeLeases;
import com.psynergybilling.leads.platform.control.Repeating;
import com.psynergybilling.leads.platform.control.ThisNode;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * This node's lease ({@link ThisNode}): a row renewed every {@code LEADS_NODE_HEARTBEAT_MILLIS}. Whatever the node
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
    ManagedThreadFactory threads;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @Inject
    NodeLeases leases;

    @Inject
    ThisNode node;

    private Repeating renewal;

    @PostConstruct
    void start() {
        if (node.misconfigured() != null) {
            throw new IllegalStateException(node.misconfigured());
        }
        inTransaction(l -> l.renew(node.id(), Moments.now(clock)));
        LOG.info(() -> "Node " + node.id() + " holds a lease of " + node.lease().toSeconds() + " s, renewed every "
                + node.heartbeat().toMillis() + " ms");
        renewal = new Repeating(threads, "The node's lease renewal", node.heartbeat(), this::renew);
        renewal.start(node.heartbeat());
    }

    @PreDestroy
    void stop() {
        if (renewal != null) {
            renewal.stop();
        }
    }

    private void renew() {
        var now = Moments.now(clock);
        inTransaction(l -> {
            l.renew(node.id(), now);
            l.forget(now.minus(1, ChronoUnit.DAYS));
        });
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
