package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A job that runs on every node and books its next run when one ends: a fixed delay without the
 * executor's periodic tasks, whose context reset fails on Payara 6 (a SEVERE "No invocation on
 * invocation stack" and a new thread after every run). A failed run is logged; the next one tries again.
 * While the database is out of reach the job pauses with one log line and resumes by itself.
 */
public final class Repeating {

    private static final Logger LOG = Logger.getLogger(Repeating.class.getName());

    private final ManagedScheduledExecutorService executor;
    private final String name;
    private final Duration delay;
    private final Runnable round;
    private volatile ScheduledFuture<?> next;
    private volatile boolean stopped;
    private boolean paused;

    public Repeating(ManagedScheduledExecutorService executor, String name, Duration delay, Runnable round) {
        this.executor = executor;
        this.name = name;
        this.delay = delay;
        this.round = round;
    }

    public void start(Duration first) {
        book(first);
    }

    /** No run starts after this; one already running finishes. */
    public void stop() {
        stopped = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    public boolean stopped() {
        return stopped;
    }

    private void book(Duration after) {
        if (!stopped) {
            next = executor.schedule(this::run, after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void run() {
        try {
            round.run();
            if (paused) {
                paused = false;
                LOG.info(() -> name + " runs again: the database is back");
            }
        } catch (RuntimeException e) {
            if (DatabaseOutage.recognises(e)) {
                // One line when the outage starts, not a stack trace every run: the round changed
                // nothing and the next one tries again.
                if (!paused) {
                    paused = true;
                    LOG.warning(() -> name + " pauses: the database is out of reach (" + DatabaseOutage.describe(e) + ")");
                }
            } else {
                LOG.log(Level.WARNING, name + " failed; the next run tries again", e);
            }
        } finally {
            book(delay);
        }
    }
}
