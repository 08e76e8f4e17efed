package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatingTest {

    /** Held, so the level set here stays: the failures below are expected and would only fill the log. */
    private static final Logger QUIET = Logger.getLogger(Repeating.class.getName());

    /** The threads the job was given, as the container's thread factory would make them. */
    private final List<Thread> made = new CopyOnWriteArrayList<>();

    @BeforeEach
    void quiet() {
        QUIET.setLevel(Level.OFF);
    }

    @AfterEach
    void loud() {
        QUIET.setLevel(null);
    }

    @Test
    void aFailedRunIsFollowedByTheNextAndStopEndsTheSeriesAndItsThread() throws InterruptedException {
        var runs = new AtomicInteger();
        var thirdRun = new CountDownLatch(3);
        var repeating = new Repeating(this::thread, "test job", Duration.ofMillis(5), () -> {
            runs.incrementAndGet();
            thirdRun.countDown();
            throw new IllegalStateException("every run fails");
        });
        repeating.start(Duration.ZERO);
        assertTrue(thirdRun.await(10, TimeUnit.SECONDS), "runs go on after failures");
        repeating.stop();
        assertTrue(repeating.stopped());
        assertEquals(1, made.size(), "one thread of its own, kept from run to run");
        made.get(0).join(10_000);
        assertFalse(made.get(0).isAlive(), "the job's thread ends after stop");
        int settled = runs.get();
        repeating.start(Duration.ZERO);
        assertEquals(settled, runs.get(), "no run after stop");
        assertEquals(1, made.size(), "nor a thread");
    }

    @Test
    void aNudgeBringsTheBookedRunForwardAndARunUnderWayIsFollowedAtOnceByOneMore() throws InterruptedException {
        var starts = new LinkedBlockingQueue<Integer>();
        var runs = new AtomicInteger();
        var release = new CountDownLatch(1);
        var hour = Duration.ofHours(1);
        var repeating = new Repeating(this::thread, "test job", hour, () -> {
            starts.add(runs.incrementAndGet());
            if (runs.get() == 1) {
                await(release);
            }
        });
        try {
            repeating.start(hour);
            repeating.nudge();
            assertEquals(1, starts.poll(10, TimeUnit.SECONDS), "the run booked an hour ahead starts now");
            repeating.nudge();
            repeating.nudge();
            release.countDown();
            assertEquals(2, starts.poll(10, TimeUnit.SECONDS), "nudged while running: the next run follows at once");
            repeating.nudge();
            assertEquals(3, starts.poll(10, TimeUnit.SECONDS),
                    "two nudges during one run made one run more, not two series of runs");
            assertNull(starts.poll(300, TimeUnit.MILLISECONDS), "then the hour's delay again: no run of a second series");
        } finally {
            repeating.stop();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Thread thread(Runnable work) {
        var thread = new Thread(work, "repeating-test");
        made.add(thread);
        return thread;
    }
}
