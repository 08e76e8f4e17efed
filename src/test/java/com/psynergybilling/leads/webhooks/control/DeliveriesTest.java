package com.psynergybilling.leads.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.webhooks.entity.DeliveryState;
import com.psynergybilling.leads.webhooks.entity.Events;
import com.psynergybilling.leads.webhooks.entity.WebhookDelivery;
import com.psynergybilling.leads.webhooks.entity.WebhookEndpoint;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook outbox on the real schema: who must hear of an opt-out, and in which order. */
class DeliveriesTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    private final EntityManager em = db.open();
    private final Deliveries deliveries = new Wiring(em).bean(Deliveries.class);
    private WebhookEndpoint crm;

    @BeforeEach
    void endpoint() {
        em.getTransaction().begin();
        crm = new WebhookEndpoint("crm", "https://crm.example.com/hook", List.of(Events.RECEIVED, Events.OPTED_OUT),
                "whsec_c2VjcmV0", "admin", AT);
        em.persist(crm);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(em);
    }

    private WebhookDelivery queue(String event, String person, Instant at) {
        return deliveries.queue(new WebhookDelivery(crm, event, "{}", new WebhookDelivery.About(person, "hash-" + person,
                "record-" + person, null, null, null, null), at));
    }

    @Test
    @DisplayName("R21: a lead still queued for the CRM counts as received when the person opts out, so the CRM is told")
    void aQueuedLeadIsToldOfAnOptOut() {
        queue(Events.RECEIVED, "p1", AT);
        em.flush();
        assertTrue(deliveries.received("p1", List.of()).isEmpty(), "not received yet");
        assertEquals(1, deliveries.receivedOrQueued("p1", List.of()).size());
        var cancelled = queue(Events.RECEIVED, "p2", AT);
        cancelled.cancel("DELETED");
        em.flush();
        assertTrue(deliveries.receivedOrQueued("p2", List.of()).isEmpty(), "a withdrawn one never goes");
    }

    @Test
    @DisplayName("R21: an opt-out notice waits while the lead it is about is still to be retried, and goes after it")
    void aNoticeGoesAfterTheLeadItIsAbout() {
        var lead = queue(Events.RECEIVED, "p1", AT);
        var other = queue(Events.RECEIVED, "p2", AT.plusMillis(1));
        assertEquals(List.of(lead, other), deliveries.claim(AT.plusMillis(1), 10));
        lead.retryAt(AT.plusSeconds(60), 503, "HTTP 503", AT.plusSeconds(1));
        other.delivered(200, AT.plusSeconds(1));
        var notice = queue(Events.OPTED_OUT, "p1", AT.plusSeconds(2));
        var otherNotice = queue(Events.OPTED_OUT, "p2", AT.plusSeconds(2));
        em.flush();

        assertEquals(List.of(otherNotice), deliveries.claim(AT.plusSeconds(3), 10),
                "the notice about a delivered lead goes; the one about a lead to retry waits");
        assertEquals(DeliveryState.QUEUED, notice.state());
        assertEquals(AT.plusSeconds(61), notice.retries().nextAttemptAt(), "due again just after the lead's retry");
        assertEquals(0, notice.retries().attempts(), "waiting is no attempt");

        assertEquals(List.of(lead), deliveries.claim(AT.plusSeconds(60), 10));
        assertTrue(deliveries.claim(AT.plusSeconds(61), 10).isEmpty(), "not while the lead is on its way");
        lead.delivered(200, AT.plusSeconds(61));
        em.flush();
        assertEquals(List.of(notice), deliveries.claim(AT.plusSeconds(63), 10));
    }

    @Test
    @DisplayName("R20: an erasure's notice waits for the lead that was on its way when the person was erased, which "
            + "then forgets whose it was and is never tried again")
    void anErasureNoticeWaitsForTheLeadInFlight() {
        var lead = queue(Events.RECEIVED, "p1", AT);
        assertEquals(List.of(lead), deliveries.claim(AT, 10));
        lead.forget(); // the erasure, while the lead is posted
        assertTrue(lead.erasedInFlight());
        var notice = queue(Events.ERASED, "p1", AT.plusSeconds(1));
        em.flush();
        assertTrue(deliveries.claim(AT.plusSeconds(2), 10).isEmpty(), "not before the lead's answer");

        lead.requeue(AT.plusSeconds(3)); // its round died: not tried again with what it no longer holds
        assertEquals(DeliveryState.CANCELLED, lead.state());
        assertEquals(null, lead.personId(), "whose it was is gone once it settled");
        em.flush();
        assertEquals(List.of(notice), deliveries.claim(AT.plusSeconds(4), 10));
    }
}
