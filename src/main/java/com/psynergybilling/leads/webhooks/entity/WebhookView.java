package com.psynergybilling.leads.webhooks.entity;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An endpoint as an administrator sees it; the secret is never in it. */
@Schema(name = "Webhook")
public class WebhookView {

    @Schema(example = "0b6f5c0e-8a53-4f43-9d2e-5b7f4f0d8a11")
    public String id;
    @Schema(example = "Our CRM")
    public String name;
    @Schema(example = "https://crm.example.com/hooks/leads")
    public String url;
    @Schema(example = "[\"demo-request.received\"]")
    public List<String> events;
    @Schema(example = "admin")
    public String createdBy;
    public Instant createdAt;
    @Schema(example = "ACTIVE", enumeration = {"ACTIVE", "DISABLED"},
            description = "DISABLED once it answered 410 Gone: nothing more is sent to it")
    public String status;
    public Instant disabledAt;
    @Schema(example = "answered HTTP 410 Gone to msg_2b8d4a559a553f1f5d1f2c115f0c8a6e")
    public String disabledReason;

    public static WebhookView of(WebhookEndpoint endpoint) {
        return fill(new WebhookView(), endpoint);
    }

    /** The endpoint's fields written into a view, this one or a subclass's (which adds its own). */
    protected static <V extends WebhookView> V fill(V view, WebhookEndpoint endpoint) {
        view.id = endpoint.id();
        view.name = endpoint.name();
        view.url = endpoint.url();
        view.events = endpoint.events();
        view.createdBy = endpoint.createdBy();
        view.createdAt = endpoint.createdAt();
        view.status = endpoint.status();
        view.disabledAt = endpoint.disabledAt();
        view.disabledReason = endpoint.disabledReason();
        return view;
    }
}
