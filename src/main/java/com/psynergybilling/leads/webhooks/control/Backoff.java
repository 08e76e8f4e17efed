package com.psynergybilling.leads.webhooks.control;

import com.psynergybilling.leads.platform.control.Doubling;
import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery goes again: the first delay, doubling per attempt made, at most an hour;
 * after {@code maxAttempts} attempts it is given up. The receiver tells repeats by the webhook-id,
 * so every failure (an error status, a timeout, no connection) is tried again.
 */
public record Backoff(Duration first, int maxAttempts) {

    static final Duration MAX_DELAY = Duration.ofHours(1);

    public Backoff {
        if (first.isNegative() || first.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("LEADS_WEBHOOK_FIRST_RETRY_SECONDS and LEADS_WEBHOOK_MAX_ATTEMPTS "
                    + "must be at least 1");
        }
    }

    /** The delay after {@code attemptsMade} failed attempts (1 for the first failure). */
    public Duration delay(int attemptsMade) {
        return Doubling.delay(first, attemptsMade - 1, MAX_DELAY);
    }

    /** When to try again after {@code attemptsMade} attempts, or null to give up. */
    public Instant next(int attemptsMade, Instant now) {
        return attemptsMade >= maxAttempts ? null : now.plus(delay(attemptsMade));
    }
}
