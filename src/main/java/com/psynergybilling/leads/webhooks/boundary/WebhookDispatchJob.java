package com.psynergybilling.leads.webhooks.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.webhooks.control.Backoff;
import com.psynergybilling.leads.webhooks.control.Deliveries;
import com.psynergybilling.leads.webhooks.control.Endpoints;
import com.psynergybilling.leads.webhooks.control.WebhookClient;
import com.psynergybilling.leads.webhooks.entity.Claimed;
import com.psynergybilling.leads.webhooks.entity.Events;
import com.psynergybilling.leads.webhooks.entity.WebhookDelivery;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the webhook outbox on every node, every {@code LEADS_WEBHOOK_POLL_MILLIS}: claim due
 * deliveries (SKIP LOCKED, so nodes never share one), post each outside any transaction, record the
 * outcomes. A failed attempt goes again after {@link Backoff}'s delay with the same webhook-id; a
 * 410 Gone disables the endpoint (nothing more goes there, waiting deliveries settle as GONE); one
 * claimed by a node that stopped mid-send goes again after {@code LEADS_WEBHOOK_STUCK_MINUTES}.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "SecretBootstrap"})
@TransactionManagement(TransactionManagementType.BEAN)
public class WebhookDispatchJob extends RepeatingJob {

    private static final Logger LOG = Logger.getLogger(WebhookDispatchJob.class.getName());
    static final int BATCH = 20;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "leads.webhook.poll.millis", defaultValue = Defaults.LEADS_WEBHOOK_POLL_MILLIS)
    long pollMillis;

    @Inject
    @ConfigProperty(name = "leads.webhook.first.retry.seconds", defaultValue = Defaults.LEADS_WEBHOOK_FIRST_RETRY_SECONDS)
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "leads.webhook.max.attempts", defaultValue = Defaults.LEADS_WEBHOOK_MAX_ATTEMPTS)
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "leads.webhook.stuck.minutes", defaultValue = Defaults.LEADS_WEBHOOK_STUCK_MINUTES)
    long stuckMinutes;

    @Inject
    Batch rounds;

    @Inject
    WebhookClient client;

    private Backoff backoff;

    @PostConstruct
    void start() {
        if (pollMillis < 10 || stuckMinutes < 1) {
            throw new IllegalStateException("LEADS_WEBHOOK_POLL_MILLIS must be at least 10 and "
                    + "LEADS_WEBHOOK_STUCK_MINUTES at least 1");
        }
        backoff = new Backoff(Duration.ofSeconds(firstRetrySeconds), maxAttempts);
        repeat("A webhook round", Duration.ofMillis(pollMillis), Duration.ofMillis(pollMillis), this::round);
    }

    private void round() {
        for (int batch = 0; batch < 10 && !stopping(); batch++) {
            var claimed = rounds.claim(BATCH, Duration.ofMinutes(stuckMinutes));
            if (claimed.isEmpty()) {
                return;
            }
            var results = new ArrayList<Batch.Result>();
            try {
                for (Claimed delivery : claimed) {
                    var at = Moments.now(clock);
                    results.add(new Batch.Result(delivery.id(),
                            client.post(delivery.url(), delivery.secret(), delivery.id(), delivery.body(), at), at));
                }
            } finally {
                try {
                    rounds.record(results, backoff);
                } catch (RuntimeException e) {
                    // Left SENDING, they go again (same webhook-id) after the stuck timeout.
                    LOG.log(Level.SEVERE, "The outcomes of " + results.size() + " webhook deliveries could not be recorded", e);
                }
            }
            if (claimed.size() < BATCH) {
                return;
            }
        }
    }

    /** The webhook dispatcher's transactions: claiming a batch, recording its outcomes, sweeping stuck claims. */
    @ApplicationScoped
    public static class Batch {

        static final String ACTOR = "webhook-dispatcher";

        @Inject
        Clock clock;

        @Inject
        Deliveries deliveries;

        @Inject
        Endpoints endpoints;

        @Inject
        Event<Audited> audit;

        /** Outcome of one attempt, to record. */
        public record Result(String id, WebhookClient.Attempt attempt, Instant at) {
        }

        @Transactional
        public List<Claimed> claim(int max, Duration stuckAfter) {
            Instant now = Moments.now(clock);
            deliveries.requeueStuck(now.minus(stuckAfter), now);
            return deliveries.claim(now, max).stream().map(Claimed::of).toList();
        }

        /**
         * Records each attempt: acknowledged (2xx), again later with the same webhook-id, or given up.
         * An acknowledged delivery that carried personal data is a disclosure, audited (R15, R26).
         */
        @Transactional
        public void record(List<Result> results, Backoff backoff) {
            Map<String, WebhookDelivery> found = deliveries.byId(results.stream().map(Result::id).toList());
            for (Result result : results) {
                WebhookDelivery d = found.get(result.id());
                if (d == null) {
                    continue;
                }
                // The person was erased while it was on its way: its answer is recorded, then whose it was goes.
                boolean erased = d.erasedInFlight();
                settle(d, result, backoff, erased);
                if (erased) {
                    d.forget();
                }
            }
        }

        private void settle(WebhookDelivery d, Result result, Backoff backoff, boolean erased) {
            var attempt = result.attempt();
            if (attempt.gone()) {
                d.gone(attempt.status(), result.at());
                disable(d, result.at());
                return;
            }
            if (attempt.acknowledged()) {
                d.delivered(attempt.status(), result.at());
                // An erasure's notice names nobody: the person is forgotten, and the audit must not re-link them.
                String whose = Events.ERASED.equals(d.event()) ? null : d.addressHash();
                audit.fire(new Audited(ACTOR, "WEBHOOK_DELIVERED", whose,
                        Objects.requireNonNullElse(d.disclosed().purpose(), "REQUIRED_BY_LAW"),
                        d.event() + " " + d.id() + " to endpoint " + d.endpoint().id()));
                return;
            }
            if (!d.endpoint().receives()) {
                // Disabled by another answer of this round: no retry.
                d.failedAsDisabled(attempt.status(), attempt.reason(), result.at());
                return;
            }
            int thisOne = d.retries().attempts() + 1;
            Instant next = erased ? null : backoff.next(thisOne, result.at());
            if (next == null) {
                d.failed(attempt.status(), attempt.reason() + (erased ? "; DELETED meanwhile: not tried again"
                        : "; gave up after " + thisOne + " attempts"), result.at());
            } else {
                d.retryAt(next, attempt.status(), attempt.reason() + "; attempt " + thisOne, result.at());
            }
        }

        /** 410 Gone: the receiver says the endpoint is no more; it is disabled and that is audited. */
        private void disable(WebhookDelivery d, Instant at) {
            var endpoint = d.endpoint();
            int waiting = endpoints.disable(endpoint, "answered HTTP 410 Gone to " + d.id(), at);
            if (waiting >= 0) {
                audit.fire(new Audited(ACTOR, "WEBHOOK_DISABLED", null, "BUSINESS_OPERATIONS", "webhook "
                        + endpoint.id() + " answered 410 Gone: disabled; " + waiting + " waiting delivery(ies) not sent"));
            }
        }
    }
}
