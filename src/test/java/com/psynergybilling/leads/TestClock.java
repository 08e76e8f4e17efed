package com.psynergybilling.leads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock for a unit test: stands still at the instant it is set to (UTC) and moves only
 * when the test moves it, so time-dependent logic (windows, retention, deadlines) is tested at the
 * moments that matter.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    private TestClock(Instant now) {
        this.now = now;
    }

    public static TestClock at(Instant now) {
        return new TestClock(now);
    }

    public static TestClock at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    public TestClock set(Instant instant) {
        now = instant;
        return this;
    }

    public TestClock advance(Duration by) {
        now = now.plus(by);
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new UnsupportedOperationException("the service's clock is UTC");
        }
        return this;
    }
}
