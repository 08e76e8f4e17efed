package com.psynergybilling.leads.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    final Instant now = Instant.parse("2026-01-01T00:00:00Z");
    final WebhookEndpoint endpoint = new WebhookEndpoint("CRM", "https://crm.example.com/h",
            List.of(Events.RECEIVED), "whsec_AAAA", "admin", now);

    WebhookDelivery received() {
        return new WebhookDelivery(endpoint, Events.RECEIVED, "{\"email\":\"a@example.com\"}",
                new WebhookDelivery.About("p1", "hash1", "r1", List.of("BASIC_IDENTIFIERS"), "BUSINESS_OPERATIONS",
                        "2024-06-30", null), now);
    }

    @Test
    @DisplayName("a retried delivery keeps its id (the webhook-id) and its body until it ends")
    void retriesKeepTheIdAndBody() {
        var d = received();
        String id = d.id();
        d.claim(now);
        d.retryAt(now.plusSeconds(30), 500, "HTTP 500", now);
        assertEquals(DeliveryState.QUEUED, d.state());
        assertEquals(id, d.id());
        assertTrue(d.payload().contains("a@example.com"));
        assertTrue(d.reachedOrMay(), "a 500 may still have stored it");
        d.claim(now);
        d.delivered(200, now.plusSeconds(31));
        assertEquals(DeliveryState.DELIVERED, d.state());
        assertEquals(2, d.retries().attempts());
        assertEquals("{}", d.payload(), "an ended delivery keeps no body");
        assertEquals(now.plusSeconds(31), d.acknowledgedAt());
        assertThrows(IllegalStateException.class, () -> d.claim(now));
    }

    @Test
    @DisplayName("R20: erasure empties a delivery of whose it was; an erasure notice keeps only the keyed hash")
    void forgetting() {
        var d = received();
        d.cancel("DELETED");
        d.forget();
        assertEquals(DeliveryState.CANCELLED, d.state());
        assertFalse(d.reachedOrMay(), "never tried: the endpoint never received the person");
        assertNull(d.personId());
        assertNull(d.addressHash());
        assertNull(d.recordId());
        assertEquals("{}", d.payload());

        var notice = new WebhookDelivery(endpoint, Events.ERASED, "{\"personId\":\"p1\"}",
                new WebhookDelivery.About("p1", "hash1", null, null, null, null, "privacy-request x"), now);
        notice.claim(now);
        notice.delivered(204, now);
        assertNull(notice.personId(), "a delivered erasure notice forgets the person id");
        assertNotNull(notice.addressHash(), "and keeps the keyed hash: the record that the endpoint was told");
        assertEquals("privacy-request x", notice.reference());
        assertTrue(notice.disclosed().categories().isEmpty(), "a notice discloses no category");
    }

    @Test
    void aRemovedEndpointForgetsItsSecret() {
        endpoint.remove(now);
        assertFalse(endpoint.active());
        assertNull(endpoint.secret());
    }

    @Test
    @DisplayName("R20: a 410 Gone settles the delivery as GONE; a notice for a disabled endpoint says it was not told")
    void goneEndpointsAreNotToldAndSaySo() {
        var d = received();
        d.claim(now);
        d.gone(410, now);
        assertEquals(DeliveryState.GONE, d.state());
        assertEquals(1, d.retries().attempts());
        assertEquals("{}", d.payload(), "nothing kept to send");
        assertTrue(d.retries().outcome().startsWith("not sent: endpoint disabled"), d.retries().outcome());

        assertTrue(endpoint.disable("answered HTTP 410 Gone", now));
        assertFalse(endpoint.disable("again", now), "disabled once");
        assertFalse(endpoint.receives());
        assertTrue(endpoint.active(), "still listed");
        assertEquals(WebhookEndpoint.DISABLED, endpoint.status());

        var notice = new WebhookDelivery(endpoint, Events.ERASED, "{}", new WebhookDelivery.About("p1", "hash1", null,
                null, null, null, "privacy-request 1"), now);
        notice.endpointDisabled();
        assertEquals(DeliveryState.GONE, notice.state());
        assertEquals("not told: endpoint disabled", notice.retries().outcome());
        assertEquals("hash1", notice.addressHash(), "the record of whose erasure it was kept");
        assertFalse(notice.reachedOrMay());
    }
}
