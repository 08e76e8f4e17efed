package com.psynergybilling.leads.webhooks.control;

import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.platform.control.CustomPlans;
import com.psynergybilling.leads.webhooks.entity.DeliveryState;
import com.psynergybilling.leads.webhooks.entity.Events;
import com.psynergybilling.leads.webhooks.entity.WebhookDelivery;
import com.psynergybilling.leads.webhooks.entity.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The webhook outbox's queries. Each runs in the caller's transaction. */
@ApplicationScoped
public class Deliveries {

    /** Rows another round holds are skipped, not waited for: rounds and nodes claim disjoint batches. */
    static final String DUE = "SELECT id FROM webhook_deliveries WHERE state = 'QUEUED' AND next_attempt_at <= ?1"
            + " ORDER BY next_attempt_at, created_at FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext
    EntityManager em;

    /** Queues it; one for a disabled endpoint is written settled as not delivered (GONE), never dropped. */
    public WebhookDelivery queue(WebhookDelivery delivery) {
        if (!delivery.endpoint().receives()) {
            delivery.endpointDisabled();
        }
        em.persist(delivery);
        return delivery;
    }

    /**
     * Claims up to {@code max} due deliveries for one round, in the caller's transaction; those of a
     * removed or disabled endpoint are settled instead. A notice about a person (an update, an opt-out,
     * an erasure) waits while an earlier delivery to the same endpoint about the same person is queued
     * or on its way: the endpoint never hears of an opt-out before the lead it is about (a lead retried
     * after a failed attempt would otherwise come after it, carrying the state it was queued with).
     */
    public List<WebhookDelivery> claim(Instant now, int max) {
        var claimed = new ArrayList<WebhookDelivery>();
        for (WebhookDelivery delivery : lockDue(now, max)) {
            if (!delivery.endpoint().active()) {
                delivery.cancel("endpoint removed");
            } else if (!delivery.endpoint().receives()) {
                delivery.endpointDisabled();
            } else {
                var ahead = ahead(delivery);
                if (ahead.isPresent()) {
                    delivery.waitFor(later(ahead.get(), now).plus(WAIT));
                } else {
                    delivery.claim(now);
                    claimed.add(delivery);
                }
            }
        }
        return claimed;
    }

    /** How long past the earlier delivery's next attempt a notice waiting for it is due again. */
    static final Duration WAIT = Duration.ofSeconds(1);

    /** When the earliest unfinished delivery ahead of a notice about a person is due; empty when none is. */
    Optional<Instant> ahead(WebhookDelivery notice) {
        if (Events.RECEIVED.equals(notice.event()) || notice.personId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.createQuery("select min(d.retries.nextAttemptAt) from WebhookDelivery d"
                        + " where d.endpoint = :endpoint and d.personId = :person and d.createdAt < :created"
                        + " and d.state in :unfinished", Instant.class)
                .setParameter("endpoint", notice.endpoint()).setParameter("person", notice.personId())
                .setParameter("created", notice.createdAt())
                .setParameter("unfinished", List.of(DeliveryState.QUEUED, DeliveryState.SENDING))
                .getSingleResult());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Locks up to {@code max} due deliveries for the caller's transaction. */
    List<WebhookDelivery> lockDue(Instant now, int max) {
        CustomPlans.forThisTransaction(em);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(DUE.formatted(max))
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from WebhookDelivery d join fetch d.endpoint where d.id in :ids"
                        + " order by d.retries.nextAttemptAt, d.createdAt", WebhookDelivery.class)
                .setParameter("ids", ids.stream().map(Object::toString).toList()).getResultList();
    }

    public Map<String, WebhookDelivery> byId(List<String> ids) {
        var found = new LinkedHashMap<String, WebhookDelivery>();
        if (!ids.isEmpty()) {
            em.createQuery("select d from WebhookDelivery d where d.id in :ids", WebhookDelivery.class)
                    .setParameter("ids", ids).getResultList().forEach(d -> found.put(d.id(), d));
        }
        return found;
    }

    /** Deliveries a round claimed before {@code cutoff} and never finished go again, with the same id. */
    public int requeueStuck(Instant cutoff, Instant now) {
        var stuck = em.createQuery("select d from WebhookDelivery d where d.state = :sending"
                        + " and d.retries.claimedAt < :cutoff", WebhookDelivery.class)
                .setParameter("sending", DeliveryState.SENDING).setParameter("cutoff", cutoff).getResultList();
        stuck.forEach(d -> d.requeue(now));
        return stuck.size();
    }

    /** The person's deliveries of demo requests that reached (or may have reached) an active endpoint. */
    public List<WebhookDelivery> received(String personId, List<String> addressHashes) {
        return received(personId, addressHashes, List.of(DeliveryState.SENDING, DeliveryState.DELIVERED));
    }

    /**
     * {@link #received}, and those still queued: an active endpoint will receive them, with the state
     * the person was in when they were queued, so it must hear of an opt-out made since.
     */
    public List<WebhookDelivery> receivedOrQueued(String personId, List<String> addressHashes) {
        return received(personId, addressHashes,
                List.of(DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.DELIVERED));
    }

    private List<WebhookDelivery> received(String personId, List<String> addressHashes, List<DeliveryState> reached) {
        return em.createQuery("select d from WebhookDelivery d join fetch d.endpoint e where d.event = :received"
                        + " and (d.personId = :person or d.addressHash in :hashes) and e.removedAt is null"
                        + " and (d.retries.attempts > 0 or d.state in :reached) order by d.createdAt",
                        WebhookDelivery.class)
                .setParameter("received", Events.RECEIVED)
                .setParameter("person", personId == null ? "" : personId)
                .setParameter("hashes", addressHashes.isEmpty() ? List.of("") : addressHashes)
                .setParameter("reached", reached)
                .getResultList();
    }

    /** The active endpoints that received (or may have received) the demo request {@code recordId}. */
    public Set<WebhookEndpoint> receivedRecord(String recordId) {
        var endpoints = em.createQuery("select distinct d.endpoint from WebhookDelivery d where d.event = :received"
                        + " and d.recordId = :record and d.endpoint.removedAt is null"
                        + " and (d.retries.attempts > 0 or d.state in :reached)", WebhookEndpoint.class)
                .setParameter("received", Events.RECEIVED).setParameter("record", recordId)
                .setParameter("reached", List.of(DeliveryState.SENDING, DeliveryState.DELIVERED))
                .getResultList();
        var ordered = new TreeSet<WebhookEndpoint>(java.util.Comparator.comparing(WebhookEndpoint::id));
        ordered.addAll(endpoints);
        return ordered;
    }

    /** Every delivery about {@code subject}, by person id or keyed hash, oldest first. */
    public List<WebhookDelivery> of(DataSubject subject) {
        return em.createQuery("select d from WebhookDelivery d join fetch d.endpoint where d.personId = :person"
                        + " or d.addressHash in :hashes order by d.createdAt, d.id", WebhookDelivery.class)
                .setParameter("person", subject.personId().orElse(""))
                .setParameter("hashes", subject.addressHashes())
                .getResultList();
    }

    /** The notices an erasure sent, by the erasure's cause ("privacy-request ID", "minor-report", ...). */
    public List<WebhookDelivery> notices(List<String> references) {
        return em.createQuery("select d from WebhookDelivery d join fetch d.endpoint where d.reference in :references"
                        + " and d.event = :erased order by d.createdAt, d.id", WebhookDelivery.class)
                .setParameter("references", references).setParameter("erased", Events.ERASED).getResultList();
    }

    /** One endpoint's deliveries, newest first, for the administrator's view. */
    public List<WebhookDelivery> ofEndpoint(WebhookEndpoint endpoint, int limit) {
        return em.createQuery("select d from WebhookDelivery d where d.endpoint = :endpoint"
                        + " order by d.createdAt desc, d.id desc", WebhookDelivery.class)
                .setParameter("endpoint", endpoint).setMaxResults(limit).getResultList();
    }
}
