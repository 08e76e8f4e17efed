package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalWindowsTest {

    private final LocalWindows windows = new LocalWindows();

    @Test
    void countsHitsInOneWindowAndStartsANewOneWhenItCloses() {
        assertEquals(1, windows.hit("c", 1000, "k", 0).count());
        assertEquals(2, windows.hit("c", 1000, "k", 999).count());
        var next = windows.hit("c", 1000, "k", 1000);
        assertEquals(1, next.count());
        assertEquals(1000, next.startedAt());
    }

    @Test
    void keepsCountersAndKeysApart() {
        windows.hit("a", 1000, "k", 0);
        windows.hit("a", 1000, "k", 0);
        assertEquals(1, windows.hit("b", 1000, "k", 0).count());
        assertEquals(1, windows.hit("a", 1000, "other", 0).count());
    }

    @Test
    void peekSeesAnOpenWindowOnlyAndDoesNotCount() {
        windows.hit("c", 1000, "k", 0);
        assertEquals(1, windows.peek("c", "k", 10).orElseThrow().count());
        assertEquals(1, windows.peek("c", "k", 10).orElseThrow().count());
        assertTrue(windows.peek("c", "k", 1000).isEmpty());
        assertTrue(windows.peek("c", "unknown", 0).isEmpty());
    }

    @Test
    void sweepsClosedWindowsAwaySoTheMapDoesNotGrowForever() {
        for (int i = 0; i < 100; i++) {
            windows.hit("c", 1000, "client-" + i, 0);
        }
        windows.sweep(500);
        assertEquals(100, windows.size());
        windows.sweep(1000);
        assertEquals(0, windows.size());
        // The sweep also runs by itself every so many hits.
        for (int i = 0; i < LocalWindows.SWEEP_EVERY; i++) {
            windows.hit("c", 10, "client-" + i, i / 100);
        }
        assertTrue(windows.size() < LocalWindows.SWEEP_EVERY, "closed windows were swept: " + windows.size());
    }

    @Test
    void concurrentHitsAreAllCounted() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8000; i++) {
            pool.execute(() -> windows.hit("c", 60_000, "all", 1));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(8001, windows.hit("c", 60_000, "all", 2).count());
        assertFalse(windows.peek("c", "all", 2).isEmpty());
    }
}
