package com.psynergybilling.leads.webhooks.control;

import com.psynergybilling.leads.platform.control.Defaults;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One signed POST to an endpoint, outside any transaction. The address is checked again at every
 * attempt ({@link AddressGuard}); redirects are never followed (a 3xx is a failure); connecting and
 * waiting for the answer each time out in seconds; the answer's body is never read (the stream is
 * closed unread), so a receiver cannot hold a round with a slow or endless body.
 */
@ApplicationScoped
public class WebhookClient {

    @Inject
    @ConfigProperty(name = "leads.webhook.allow.private", defaultValue = Defaults.LEADS_WEBHOOK_ALLOW_PRIVATE)
    boolean allowPrivate;

    @Inject
    @ConfigProperty(name = "leads.webhook.timeout.seconds", defaultValue = Defaults.LEADS_WEBHOOK_TIMEOUT_SECONDS)
    int timeoutSeconds;

    private HttpClient http;
    private AddressGuard guard;

    /** How an attempt went: the HTTP status (null when none came) and words for the outcome. */
    public record Attempt(Integer status, String reason) {

        public boolean acknowledged() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @PostConstruct
    void start() {
        if (timeoutSeconds < 1 || timeoutSeconds > 60) {
            throw new IllegalStateException("LEADS_WEBHOOK_TIMEOUT_SECONDS must be 1 to 60");
        }
        guard = new AddressGuard(allowPrivate);
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(timeoutSeconds)).version(HttpClient.Version.HTTP_1_1).build();
    }

    public AddressGuard guard() {
        return guard;
    }

    public Attempt post(String url, String secret, String id, String body, Instant now) {
        var refusal = guard.refusal(url);
        if (refusal.isPresent()) {
            return new Attempt(null, "not sent: the URL " + refusal.get());
        }
        if (secret == null) {
            return new Attempt(null, "not sent: the endpoint has no secret");
        }
        long timestamp = now.getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/json")
                .header("User-Agent", "psynergy-leads-webhooks")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signatures.sign(secret, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // Only the status counts: the body is closed unread (a slow or endless one cannot hold us).
            response.body().close();
            int status = response.statusCode();
            return new Attempt(status, "HTTP " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(null, "interrupted");
        } catch (IOException | RuntimeException e) {
            return new Attempt(null, "no answer (" + e.getClass().getSimpleName() + ")");
        }
    }
}
