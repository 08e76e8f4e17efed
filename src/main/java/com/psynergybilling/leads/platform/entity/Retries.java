package com.psynergybilling.leads.platform.entity;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * What a row of an outbox (mail's messages, the webhook deliveries) keeps to be tried again: how often
 * it was tried, when it is due next, since when a sender holds it, and why it stands as it does. Its
 * columns are the row's own: {@code attempts}, {@code next_attempt_at}, {@code claimed_at}, {@code outcome}.
 */
@Embeddable
public class Retries {

    /** The longest outcome kept; a longer reason is cut. */
    private static final int OUTCOME_LENGTH = 200;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant claimedAt;

    private String outcome;

    protected Retries() {
    }

    /** Not tried yet, due at {@code due}. */
    public Retries(Instant due) {
        this.nextAttemptAt = due;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String outcome() {
        return outcome;
    }

    /** Taken by a sender at {@code now}. */
    public void claim(Instant now) {
        claimedAt = now;
    }

    /** One more attempt was made. */
    public void attempted() {
        attempts++;
    }

    /** Back in the queue: held by no sender, due at {@code next}, for {@code reason}. */
    public void requeue(Instant next, String reason) {
        nextAttemptAt = next;
        claimedAt = null;
        outcome = Text.clip(reason, OUTCOME_LENGTH);
    }

    /** Held by no sender any more. */
    public void release() {
        claimedAt = null;
    }

    /** Ended (or stands) as it does for {@code reason}. */
    public void because(String reason) {
        outcome = Text.clip(reason, OUTCOME_LENGTH);
    }
}
