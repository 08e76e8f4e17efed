package com.psynergybilling.leads.platform.control;

import java.time.Duration;

/** Exponential backoff: a first delay doubled per retry already made, never past a ceiling. */
public final class Doubling {

    private Doubling() {
    }

    /** {@code first} doubled {@code doublings} times (none when negative), at most {@code max}. */
    public static Duration delay(Duration first, int doublings, Duration max) {
        int times = Math.max(0, doublings);
        if (times >= 62 || first.toNanos() > max.toNanos() >> Math.min(times, 62)) {
            return max;
        }
        return first.multipliedBy(1L << times);
    }
}
