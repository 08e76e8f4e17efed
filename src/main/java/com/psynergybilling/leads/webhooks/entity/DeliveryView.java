package com.psynergybilling.leads.webhooks.entity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery as staff see it: which endpoint, which event, how it stands; never its body. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(example = "msg_2b8d4a559a553f1f5d1f2c115f0c8a6e", description = "the webhook-id, the same on every attempt")
        String id,
        @Schema(example = "0b6f5c0e-8a53-4f43-9d2e-5b7f4f0d8a11") String endpointId,
        @Schema(example = "Our CRM") String endpointName,
        @Schema(example = "https://crm.example.com/hooks/leads") String url,
        @Schema(example = "person.erased") String event,
        @Schema(example = "DELIVERED", enumeration = {"QUEUED", "SENDING", "DELIVERED", "FAILED", "CANCELLED", "GONE"},
                description = "GONE: not delivered, the endpoint answered 410 Gone and is disabled")
        String state,
        @Schema(example = "2") int attempts,
        @Schema(example = "200") Integer lastStatus,
        Instant queuedAt,
        @Schema(description = "when the endpoint answered 2xx") Instant acknowledgedAt,
        @Schema(example = "acknowledged (HTTP 200)", description = "in words; \"not told: endpoint disabled\" for a "
                + "notice its disabled endpoint never got")
        String outcome) {

    public static DeliveryView of(WebhookDelivery d) {
        var endpoint = d.endpoint();
        return new DeliveryView(d.id(), endpoint.id(), endpoint.name(), endpoint.url(), d.event(), d.state().name(),
                d.retries().attempts(), d.lastStatus(), d.createdAt(), d.acknowledgedAt(), d.retries().outcome());
    }
}
