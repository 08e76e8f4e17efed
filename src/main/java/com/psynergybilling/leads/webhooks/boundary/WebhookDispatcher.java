package com.psynergybilling.leads.webhooks.boundary;

import com.psynergybilling.leads.platform.control.Repeating;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.webhooks.control.Backoff;
import com.psynergybilling.leads.webhooks.control.WebhookClient;
import com.psynergybilling.leads.webhooks.entity.Claimed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the webhook outbox on every node, every {@code LEADS_WEBHOOK_POLL_MILLIS}: claim due
 * deliveries (SKIP LOCKED, so nodes never share one), post each outside any transaction, record the
 * outcomes. A failed attempt goes again after {@link Backoff}'s delay with the same webhook-id; one
 * claimed by a node that stopped mid-send goes again after {@code LEADS_WEBHOOK_STUCK_MINUTES}.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "SecretBootstrap"})
@TransactionManagement(TransactionManagementType.BEAN)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "leads.webhook.poll.millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "leads.webhook.first.retry.seconds", defaultValue = "30")
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "leads.webhook.max.attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "leads.webhook.stuck.minutes", defaultValue = "5")
    long stuckMinutes;

    @Inject
    WebhookRounds rounds;

    @Inject
    WebhookClient client;

    private Repeating job;
    private Backoff backoff;

    @PostConstruct
    void start() {
        if (pollMillis < 10 || stuckMinutes < 1) {
            throw new IllegalStateException("LEADS_WEBHOOK_POLL_MILLIS must be at least 10 and "
                    + "LEADS_WEBHOOK_STUCK_MINUTES at least 1");
        }
        backoff = new Backoff(Duration.ofSeconds(firstRetrySeconds), maxAttempts);
        job = new Repeating(executor, "A webhook round", Duration.ofMillis(pollMillis), this::round);
        job.start(Duration.ofMillis(pollMillis));
    }

    @PreDestroy
    void stop() {
        job.stop();
    }

    private void round() {
        for (int batch = 0; batch < 10 && !job.stopped(); batch++) {
            var claimed = rounds.claim(BATCH, Duration.ofMinutes(stuckMinutes));
            if (claimed.isEmpty()) {
                return;
            }
            var results = new ArrayList<WebhookRounds.Result>();
            try {
                for (Claimed delivery : claimed) {
                    var at = Moments.now();
                    results.add(new WebhookRounds.Result(delivery.id(),
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
}
