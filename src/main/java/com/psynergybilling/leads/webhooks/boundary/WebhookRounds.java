package com.psynergybilling.leads.webhooks.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.webhooks.control.Backoff;
import com.psynergybilling.leads.webhooks.control.Deliveries;
import com.psynergybilling.leads.webhooks.control.WebhookClient;
import com.psynergybilling.leads.webhooks.entity.Claimed;
import com.psynergybilling.leads.webhooks.entity.Events;
import com.psynergybilling.leads.webhooks.entity.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The webhook dispatcher's transactions: claiming a batch, recording its outcomes, sweeping stuck claims. */
@ApplicationScoped
public class WebhookRounds {

    static final String ACTOR = "webhook-dispatcher";

    @Inject
    Deliveries deliveries;

    @Inject
    Event<Audited> audit;

    /** Outcome of one attempt, to record. */
    public record Result(String id, WebhookClient.Attempt attempt, Instant at) {
    }

    @Transactional
    public List<Claimed> claim(int max, Duration stuckAfter) {
        Instant now = Moments.now();
        deliveries.requeueStuck(now.minus(stuckAfter), now);
        var claimed = new ArrayList<Claimed>();
        for (WebhookDelivery delivery : deliveries.lockDue(now, max)) {
            if (!delivery.endpoint().active()) {
                delivery.cancel("endpoint removed");
                continue;
            }
            delivery.claim(now);
            claimed.add(Claimed.of(delivery));
        }
        return claimed;
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
            var attempt = result.attempt();
            if (attempt.acknowledged()) {
                d.delivered(attempt.status(), result.at());
                // An erasure's notice names nobody: the person is forgotten, and the audit must not re-link them.
                String whose = Events.ERASED.equals(d.event()) ? null : d.addressHash();
                audit.fire(new Audited(ACTOR, "WEBHOOK_DELIVERED", whose,
                        d.purpose() == null ? "REQUIRED_BY_LAW" : d.purpose(),
                        d.event() + " " + d.id() + " to endpoint " + d.endpoint().id()));
                continue;
            }
            Instant next = backoff.next(d.attempts() + 1, result.at());
            if (next == null) {
                d.failed(attempt.status(), attempt.reason() + "; gave up after " + (d.attempts() + 1) + " attempts",
                        result.at());
            } else {
                d.retryAt(next, attempt.status(), attempt.reason() + "; attempt " + (d.attempts() + 1),
                        result.at());
            }
        }
    }
}
