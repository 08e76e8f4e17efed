package com.psynergybilling.leads.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(30), 10);
    final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void doublesPerAttemptFromTheFirstDelay() {
        assertEquals(Duration.ofSeconds(30), backoff.delay(1));
        assertEquals(Duration.ofSeconds(60), backoff.delay(2));
        assertEquals(Duration.ofSeconds(120), backoff.delay(3));
        assertEquals(Duration.ofSeconds(240), backoff.delay(4));
    }

    @Test
    void neverWaitsMoreThanAnHour() {
        assertEquals(Duration.ofHours(1), backoff.delay(8));
        assertEquals(Duration.ofHours(1), backoff.delay(9));
        assertEquals(Duration.ofHours(1), backoff.delay(64));
        assertEquals(Duration.ofHours(1), backoff.delay(Integer.MAX_VALUE));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertEquals(now.plusSeconds(30), backoff.next(1, now));
        assertEquals(now.plus(Duration.ofHours(1)), backoff.next(9, now));
        assertNull(backoff.next(10, now));
        assertNull(new Backoff(Duration.ofSeconds(1), 1).next(1, now));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, 3));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), 0));
    }
}
