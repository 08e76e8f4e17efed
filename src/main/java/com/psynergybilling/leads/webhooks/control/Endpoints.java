package com.psynergybilling.leads.webhooks.control;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.webhooks.entity.DeliveryState;
import com.psynergybilling.leads.webhooks.entity.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The store of webhook endpoints. Runs in the caller's transaction. */
@ApplicationScoped
public class Endpoints {

    @PersistenceContext
    EntityManager em;

    public WebhookEndpoint create(String name, String url, List<String> events, String secret, String actor,
                                  Instant now) {
        var endpoint = new WebhookEndpoint(name, url, events, secret, actor, now);
        em.persist(endpoint);
        return endpoint;
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
        var waiting = em.createQuery("select d from WebhookDelivery d where d.endpoint = :endpoint and d.state = :queued",
                        com.psynergybilling.leads.webhooks.entity.WebhookDelivery.class)
                .setParameter("endpoint", endpoint).setParameter("queued", DeliveryState.QUEUED).getResultList();
        waiting.forEach(d -> d.endpointDisabled());
        return waiting.size();
    }

    /** Nothing more goes to it: its waiting deliveries are withdrawn, its secret forgotten. */
    public int remove(WebhookEndpoint endpoint, Instant now) {
        endpoint.remove(now);
        var waiting = em.createQuery("select d from WebhookDelivery d where d.endpoint = :endpoint and d.state = :queued",
                        com.psynergybilling.leads.webhooks.entity.WebhookDelivery.class)
                .setParameter("endpoint", endpoint).setParameter("queued", DeliveryState.QUEUED).getResultList();
        waiting.forEach(d -> d.cancel("endpoint removed"));
        return waiting.size();
    }
}
