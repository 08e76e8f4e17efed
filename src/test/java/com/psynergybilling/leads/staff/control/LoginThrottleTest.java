package com.psynergybilling.leads.staff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestClock;
import com.psynergybilling.leads.platform.control.Counters;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final TestClock clock = TestClock.at("2026-11-30T10:00:00Z");
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle();
        throttle.counters = new MemoryCounters();
        throttle.clock = clock;
        throttle.clientFailures = 10;
        throttle.userClientFailures = 5;
        throttle.userFailures = 10;
        throttle.maxDelaySeconds = 300;
    }

    @Test
    @DisplayName("a client that failed too often, on any user names, waits for the window's end")
    void perClient() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("guess" + i, "10.0.0.1");
        }
        assertEquals(Optional.empty(), throttle.retryAfter("someone", "10.0.0.1"));
        throttle.failed("guess9", "10.0.0.1");
        clock.advance(Duration.ofSeconds(60));
        var wait = throttle.retryAfter("someone", "10.0.0.1").orElseThrow();
        assertEquals(Duration.ofMinutes(14), wait);
        assertEquals(Optional.empty(), throttle.retryAfter("someone", "10.0.0.2"), "another client is not limited");
    }

    @Test
    @DisplayName("a client that failed too often on one user waits for that user only")
    void perUserAndClient() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("sam", "10.0.0.1");
        }
        assertTrue(throttle.retryAfter("sam", "10.0.0.1").isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("kim", "10.0.0.1"), "another user from the same client");
        assertEquals(Optional.empty(), throttle.retryAfter("sam", "10.0.0.2"), "the same user from a clean client");
    }

    @Test
    @DisplayName("failures on a user from many clients space out attempts from failed clients, more with each failure")
    void progressiveDelay() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("admin", "10.1.0." + i);
        }
        assertEquals(Duration.ofSeconds(1), throttle.retryAfter("admin", "10.1.0.3").orElseThrow(),
                "at the threshold a failed client waits a second");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.retryAfter("admin", "10.1.0.3"));
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", "10.2.0." + i);
        }
        assertEquals(Duration.ofSeconds(32), throttle.retryAfter("admin", "10.1.0.3").orElseThrow(),
                "the interval doubles with every failure past the threshold");
        assertEquals(Duration.ofSeconds(300), throttle.delay(60), "and is capped");
        assertEquals(Duration.ofSeconds(300), throttle.delay(Integer.MAX_VALUE), "however many failures");
        assertEquals(Duration.ZERO, throttle.delay(9), "nothing below the threshold");
    }

    @Test
    @DisplayName("a client that has not failed is let in however much the user is attacked")
    void cleanClientAdmitted() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin", "10.3." + (i / 4) + "." + i);
        }
        assertTrue(throttle.retryAfter("admin", "10.3.0.0").isPresent(), "the attackers wait");
        assertEquals(Optional.empty(), throttle.retryAfter("admin", "192.168.7.7"), "the admin's own client does not");
        assertEquals(Optional.empty(), throttle.retryAfter(null, "192.168.7.7"));
    }

    @Test
    @DisplayName("a bearer token's failures count against its client")
    void tokensCountPerClient() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(null, "10.4.0.1");
        }
        assertTrue(throttle.retryAfter(null, "10.4.0.1").isPresent());
    }

    /** The JCache counters' behaviour in a map, on the test's clock. */
    private final class MemoryCounters extends Counters {

        private final Map<String, Window> windows = new HashMap<>();

        @Override
        public Window hit(String counter, Duration window, String key) {
            long at = clock.millis();
            Window current = windows.get(counter + key);
            Window next = current == null || at >= current.startedAt() + current.lengthMillis()
                    ? new Window(1, at, window.toMillis(), at)
                    : new Window(current.count() + 1, current.startedAt(), current.lengthMillis(), at);
            windows.put(counter + key, next);
            return next;
        }

        @Override
        public Optional<Window> peek(String counter, Duration window, String key) {
            return Optional.ofNullable(windows.get(counter + key))
                    .filter(w -> clock.millis() < w.startedAt() + w.lengthMillis());
        }
    }
}
