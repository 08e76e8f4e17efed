package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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

    private Thread thread(Runnable work) {
        var thread = new Thread(work, "repeating-test");
        made.add(thread);
        return thread;
    }
}
