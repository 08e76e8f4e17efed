package com.psynergybilling.leads.webhooks.control;

import com.psynergybilling.leads.platform.control.Membership;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.webhooks.entity.DeliveryState;
import com.psynergybilling.leads.webhooks.entity.WebhookEndpoint;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store of webhook endpoints. Runs in the caller's transaction. While this node is its cluster's
 * only member, every change to an endpoint goes through here, so it remembers which events no endpoint
 * receives: a lead with no CRM listening then costs no query ({@link #receiving}).
 */
@ApplicationScoped
public class Endpoints {

    @PersistenceContext
    EntityManager em;

    @Inject
    Membership membership;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Counts changes to endpoints, when made and again when their transaction ends. */
    private final AtomicLong changes = new AtomicLong();
    /** The events no endpoint received, seen under which count of changes and {@link Membership#epoch}. */
    private final Map<String, Seen> noneReceive = new ConcurrentHashMap<>();

    private record Seen(long changes, long epoch) {
    }

    public WebhookEndpoint create(String name, String url, List<String> events, String secret, String actor,
                                  Instant now) {
        var endpoint = new WebhookEndpoint(name, url, events, secret, actor, now);
        em.persist(endpoint);
        changed();
        return endpoint;
    }

    /**
     * The endpoints, oldest first, that receive {@code event} ({@link WebhookEndpoint#receives()}: not
     * disabled). While this node is alone, that none does is remembered until an endpoint changes.
     */
    public List<WebhookEndpoint> receiving(String event) {
        long seenChanges = changes.get();
        long epoch = membership.epoch();
        boolean alone = membership.alone();
        if (alone && new Seen(seenChanges, epoch).equals(noneReceive.get(event))) {
            return List.of();
        }
        var found = active().stream().filter(e -> e.receives() && e.listens(event)).toList();
        if (found.isEmpty() && alone) {
            // Remembered under the counts read before the query: a change meanwhile makes it stale at once.
            noneReceive.put(event, new Seen(seenChanges, epoch));
        }
        return found;
    }

    /**
     * An endpoint changed: what was remembered is stale now, and again once the change commits (a
     * query between the two may not have seen it yet).
     */
    private void changed() {
        changes.incrementAndGet();
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                }
            });
        }
    }

    /** Endpoints not removed, oldest first. */
    public List<WebhookEndpoint> active() {
        return em.createQuery("select e from WebhookEndpoint e where e.removedAt is null order by e.createdAt, e.id",
                WebhookEndpoint.class).getResultList();
    }

    public WebhookEndpoint find(String id) {
        var endpoint = id == null ? null : em.find(WebhookEndpoint.class, id);
        if (endpoint == null || !endpoint.active()) {
            throw ProblemException.notFound("This webhook endpoint");
        }
        return endpoint;
    }

    /**
     * It answered 410 Gone: disabled, and its waiting deliveries settle as not delivered (GONE), so a
     * notice meant for it reads "not told: endpoint disabled" in the erasure's record. Answers how
     * many were waiting, or -1 when it was disabled already.
     */
    public int disable(WebhookEndpoint endpoint, String reason, Instant now) {
        if (WebhookEndpoint.DISABLED.equals(endpoint.status())) {
            return -1; // already, in this transaction
        }
        // Locked and read afresh: two nodes that both got a 410 disable it, and audit it, once.
        em.refresh(endpoint, LockModeType.PESSIMISTIC_WRITE);
        if (!endpoint.disable(reason, now)) {
            return -1;
        }
        changed();
        var waiting = em.createQuery("select d from WebhookDelivery d where d.endpoint = :endpoint and d.state = :queued",
                        com.psynergybilling.leads.webhooks.entity.WebhookDelivery.class)
                .setParameter("endpoint", endpoint).setParameter("queued", DeliveryState.QUEUED).getResultList();
        waiting.forEach(d -> d.endpointDisabled());
        return waiting.size();
    }

    /** Nothing more goes to it: its waiting deliveries are withdrawn, its secret forgotten. */
    public int remove(WebhookEndpoint endpoint, Instant now) {
        endpoint.remove(now);
        changed();
        var waiting = em.createQuery("select d from WebhookDelivery d where d.endpoint = :endpoint and d.state = :queued",
                        com.psynergybilling.leads.webhooks.entity.WebhookDelivery.class)
                .setParameter("endpoint", endpoint).setParameter("queued", DeliveryState.QUEUED).getResultList();
        waiting.forEach(d -> d.cancel("endpoint removed"));
        return waiting.size();
    }
}
