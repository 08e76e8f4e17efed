package com.psynergybilling.leads.webhooks.control;

import com.psynergybilling.leads.platform.control.Defaults;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One signed POST to an endpoint, outside any transaction. The address is resolved and checked again
 * at every attempt ({@link AddressGuard#pin}) and the connection goes to one of the checked addresses
 * ({@link PinnedPost}), with the endpoint's host name in the Host header and the TLS check.
 * Redirects are never followed (a 3xx is a failure); connecting and the answer each time out in
 * seconds; only the status line is read, so a receiver cannot hold a round with a slow or endless body.
 */
@ApplicationScoped
public class WebhookClient {

    @Inject
    @ConfigProperty(name = "leads.webhook.allow.private", defaultValue = Defaults.LEADS_WEBHOOK_ALLOW_PRIVATE)
    boolean allowPrivate;

    @Inject
    @ConfigProperty(name = "leads.webhook.timeout.seconds", defaultValue = Defaults.LEADS_WEBHOOK_TIMEOUT_SECONDS)
    int timeoutSeconds;

    private PinnedPost http;
    private AddressGuard guard;

    /** How an attempt went: the HTTP status (null when none came) and words for the outcome. */
    public record Attempt(Integer status, String reason) {

        public boolean acknowledged() {
            return status != null && status >= 200 && status < 300;
        }

        /** 410 Gone: the receiver says this endpoint is no more. */
        public boolean gone() {
            return status != null && status == 410;
        }
    }

    @PostConstruct
    void start() {
        if (timeoutSeconds < 1 || timeoutSeconds > 60) {
            throw new IllegalStateException("LEADS_WEBHOOK_TIMEOUT_SECONDS must be 1 to 60");
        }
        guard = new AddressGuard(allowPrivate);
        http = new PinnedPost((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    public AddressGuard guard() {
        return guard;
    }

    public Attempt post(String url, String secret, String id, String body, Instant now) {
        var pinned = guard.pin(url);
        if (pinned.refusal().isPresent()) {
            return new Attempt(null, "not sent: the URL " + pinned.refusal().get());
        }
        if (secret == null) {
            return new Attempt(null, "not sent: the endpoint has no secret");
        }
        long timestamp = now.getEpochSecond();
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "psynergy-leads-webhooks");
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", Signatures.sign(secret, id, timestamp, body));
        try {
            // Connects to the address the guard checked, never to a second DNS answer.
            int status = http.send(pinned.target(), headers, body.getBytes(StandardCharsets.UTF_8),
                    timeoutSeconds * 1000);
            return new Attempt(status, "HTTP " + status);
        } catch (IOException | RuntimeException e) {
            return new Attempt(null, "no answer (" + e.getClass().getSimpleName() + ")");
        }
    }
}
