package com.psynergybilling.leads.platform.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * A warning that many requests would write at once (each post while the database is out of reach):
 * the first is logged, then at most one line per interval, saying how many it stands for. Every
 * request keeps its own access line, with its id and status, so nothing is lost but the repetition.
 */
public final class QuietLog {

    private final Logger log;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    /** When, on {@link #nanoTime}'s scale, the next line may be written. */
    private final AtomicLong nextLine;
    private final AtomicInteger heldBack = new AtomicInteger();

    public QuietLog(Logger log, Duration interval) {
        this(log, interval, System::nanoTime);
    }

    QuietLog(Logger log, Duration interval, LongSupplier nanoTime) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.nextLine = new AtomicLong(nanoTime.getAsLong());
    }

    public void warning(String message) {
        long now = nanoTime.getAsLong();
        long due = nextLine.get();
        if (now - due >= 0 && nextLine.compareAndSet(due, now + intervalNanos)) {
            int others = heldBack.getAndSet(0);
            log.warning(others == 0 ? message
                    : message + " (and " + others + " more like it since the last such line; see the access log)");
        } else {
            heldBack.incrementAndGet();
        }
    }

    /**
     * The cause of the warnings is gone: says so with how many were held back since the last line, so
     * that the log's last word on an outage is not a count that stopped short. Nothing when none was.
     */
    public void ended(String message) {
        int others = heldBack.getAndSet(0);
        if (others > 0) {
            log.info(message + " (" + others + " more warnings like the last one since it; see the access log)");
        }
    }
}
