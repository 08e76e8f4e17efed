package com.psynergybilling.leads.webhooks.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a registration: the endpoint and its signing secret, shown this once. */
@Schema(name = "CreatedWebhook")
public class CreatedWebhook extends WebhookView {

    @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            description = "The Standard Webhooks signing secret. Shown once: store it in the receiver now.")
    public String secret;

    public static CreatedWebhook of(WebhookEndpoint endpoint) {
        var view = fill(new CreatedWebhook(), endpoint);
        view.secret = endpoint.secret();
        return view;
    }
}
