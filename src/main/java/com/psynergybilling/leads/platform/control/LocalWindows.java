package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.control.Counters.Window;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed-window counters in this node's memory, for a node that is alone: the same windows as the
 * cluster's cache keeps, without its entry processors (serialisation, a partition thread, a wait for
 * it) on every public post. Closed windows are swept now and then, so the map holds about one
 * window's worth of keys.
 */
final class LocalWindows {

    static final int SWEEP_EVERY = 4096;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();

    Window hit(String counter, long lengthMillis, String key, long now) {
        if (hits.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(now);
        }
        return windows.compute(counter + '\n' + key, (k, current) ->
                current == null || closed(current, now)
                        ? new Window(1, now, lengthMillis, now)
                        : new Window(current.count() + 1, current.startedAt(), current.lengthMillis(), now));
    }

    Optional<Window> peek(String counter, String key, long now) {
        return Optional.ofNullable(windows.get(counter + '\n' + key)).filter(w -> !closed(w, now));
    }

    int size() {
        return windows.size();
    }

    void sweep(long now) {
        windows.values().removeIf(w -> closed(w, now));
    }

    private static boolean closed(Window window, long now) {
        return now >= window.startedAt() + window.lengthMillis();
    }
}
