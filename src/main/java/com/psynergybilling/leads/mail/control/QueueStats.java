package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The queue as this node last measured it, for /metrics and the readiness answer: scrapes and
 * health probes read these numbers and never query the database themselves.
 */
@ApplicationScoped
public class QueueStats {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    @Inject
    Clock clock;

    private final AtomicLong rounds = new AtomicLong();
    private volatile long depth;
    private volatile Instant oldest;
    private volatile Instant measuredAt = Instant.EPOCH;

    public boolean due(Instant now) {
        return !now.isBefore(measuredAt.plus(FRESH_FOR));
    }

    public void measured(long queued, Instant oldestQueued, Instant now) {
        depth = queued;
        oldest = oldestQueued;
        measuredAt = now;
    }

    public void roundDone() {
        rounds.incrementAndGet();
    }

    public long depth() {
        return depth;
    }

    /** Seconds the oldest waiting message has waited, counted to now; 0 when none waits. */
    public long oldestWaitingSeconds() {
        Instant first = oldest;
        return first == null ? 0 : Math.max(0, Duration.between(first, Moments.now(clock)).toSeconds());
    }

    /** Dispatcher rounds this node has completed since it started. */
    public long rounds() {
        return rounds.get();
    }

    public Instant measuredAt() {
        return measuredAt;
    }
}
