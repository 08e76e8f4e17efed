package com.psynergybilling.leads.platform.control;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A job that runs on every node and books its next run when one ends (a fixed delay). It has a thread
 * of its own, made by the container's {@code ManagedThreadFactory}, so the thread carries the
 * application's context once, for good: the container's scheduled executor captured that context anew
 * for every task (a class-path scan each time: 3 % of a loaded node's time), and its periodic tasks'
 * context reset fails on Payara 6 (a SEVERE "No invocation on invocation stack" and a new thread after
 * every run). A failed run is logged; the next one tries again. While the database is out of reach the
 * job pauses with one log line and resumes by itself.
 */
public final class Repeating {

    private static final Logger LOG = Logger.getLogger(Repeating.class.getName());

    private final ScheduledThreadPoolExecutor executor;
    private final String name;
    private final Duration delay;
    private final Runnable round;
    private volatile boolean stopped;
    private boolean paused;
    // Guarded by this: the booked run and which booking it is, whether a run is under way, and whether
    // a nudge asked for the next one at once.
    private ScheduledFuture<?> next;
    private long booking;
    private boolean running;
    private boolean again;

    public Repeating(ThreadFactory threads, String name, Duration delay, Runnable round) {
        this.executor = new ScheduledThreadPoolExecutor(1, threads);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true); // a run a nudge brought forward leaves no booking behind
        this.name = name;
        this.delay = delay;
        this.round = round;
    }

    public void start(Duration first) {
        book(first);
    }

    /** No run starts after this; one already running finishes, and then the job's thread ends. */
    public void stop() {
        stopped = true;
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
        }
        executor.shutdown();
    }

    /**
     * Brings the next run forward to now, for work that has just arrived on this node (a campaign sent,
     * a batch of mail queued): a booked run starts at once, and a run under way is followed at once by
     * the next. The delay is for work that arrives elsewhere; peers keep their own pace.
     */
    public synchronized void nudge() {
        if (stopped) {
            return;
        }
        if (running) {
            again = true;
        } else {
            if (next != null) {
                next.cancel(false);
            }
            book(Duration.ZERO);
        }
    }

    public boolean stopped() {
        return stopped;
    }

    /** Books the next run; a run booked before it is superseded and does nothing should it start. */
    private synchronized void book(Duration after) {
        if (!stopped) {
            long mine = ++booking;
            try {
                next = executor.schedule(() -> run(mine), after.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // stopped meanwhile: nothing more to book
            }
        }
    }

    /** Whether the run of booking {@code mine} is the current one, marked under way if so. */
    private synchronized boolean begin(long mine) {
        running = mine == booking;
        return running;
    }

    private synchronized void end() {
        running = false;
        book(again ? Duration.ZERO : delay);
        again = false;
    }

    private void run(long mine) {
        if (!begin(mine)) {
            return;
        }
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
            end();
        }
    }
}
