package com.psynergybilling.leads.webhooks.entity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery as staff see it: which endpoint, which event, how it stands; never its body. */
@Schema(name = "WebhookDelivery")
public class DeliveryView {

    @Schema(example = "msg_2b8d4a559a553f1f5d1f2c115f0c8a6e", description = "the webhook-id, the same on every attempt")
    public String id;
    @Schema(example = "0b6f5c0e-8a53-4f43-9d2e-5b7f4f0d8a11")
    public String endpointId;
    @Schema(example = "Our CRM")
    public String endpointName;
    @Schema(example = "https://crm.example.com/hooks/leads")
    public String url;
    @Schema(example = "person.erased")
    public String event;
    @Schema(example = "DELIVERED", enumeration = {"QUEUED", "SENDING", "DELIVERED", "FAILED", "CANCELLED", "GONE"},
            description = "GONE: not delivered, the endpoint answered 410 Gone and is disabled")
    public String state;
    @Schema(example = "2")
    public int attempts;
    @Schema(example = "200")
    public Integer lastStatus;
    public Instant queuedAt;
    @Schema(description = "when the endpoint answered 2xx")
    public Instant acknowledgedAt;
    @Schema(example = "acknowledged (HTTP 200)", description = "in words; \"not told: endpoint disabled\" for a "
            + "notice its disabled endpoint never got")
    public String outcome;

    public static DeliveryView of(WebhookDelivery d) {
        var view = new DeliveryView();
        view.id = d.id();
        view.endpointId = d.endpoint().id();
        view.endpointName = d.endpoint().name();
        view.url = d.endpoint().url();
        view.event = d.event();
        view.state = d.state().name();
        view.attempts = d.attempts();
        view.lastStatus = d.lastStatus();
        view.queuedAt = d.createdAt();
        view.acknowledgedAt = d.acknowledgedAt();
        view.outcome = d.outcome();
        return view;
    }
}
