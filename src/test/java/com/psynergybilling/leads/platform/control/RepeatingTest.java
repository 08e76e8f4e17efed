package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatingTest {

    private final ScheduledExecutorService plain = Executors.newSingleThreadScheduledExecutor();
    /** Held, so the level set here stays: the failures below are expected and would only fill the log. */
    private static final Logger QUIET = Logger.getLogger(Repeating.class.getName());

    @BeforeEach
    void quiet() {
        QUIET.setLevel(Level.OFF);
    }

    @AfterEach
    void shutDown() {
        plain.shutdownNow();
        QUIET.setLevel(null);
    }

    @Test
    void aFailedRunIsFollowedByTheNextAndStopEndsTheSeries() throws InterruptedException {
        var runs = new AtomicInteger();
        var thirdRun = new CountDownLatch(3);
        var repeating = new Repeating(managed(), "test job", Duration.ofMillis(5), () -> {
            runs.incrementAndGet();
            thirdRun.countDown();
            throw new IllegalStateException("every run fails");
        });
        repeating.start(Duration.ZERO);
        assertTrue(thirdRun.await(10, TimeUnit.SECONDS), "runs go on after failures");
        repeating.stop();
        assertTrue(repeating.stopped());
        // The executor has one thread: once a task booked after the job's delay has run, a run booked
        // before stop has run too (or was cancelled); after that, nothing more may come.
        afterJobDelay();
        int settled = runs.get();
        afterJobDelay();
        assertEquals(settled, runs.get(), "no run after stop");
    }

    private void afterJobDelay() throws InterruptedException {
        var marker = new CountDownLatch(1);
        plain.schedule(marker::countDown, 20, TimeUnit.MILLISECONDS);
        assertTrue(marker.await(10, TimeUnit.SECONDS));
    }

    /** The container's executor, as far as Repeating uses it: a plain scheduled executor. */
    private ManagedScheduledExecutorService managed() {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return ScheduledExecutorService.class.getMethod(method.getName(), method.getParameterTypes())
                                .invoke(plain, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
