package com.psynergybilling.leads.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.psynergybilling.leads.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    void nowIsTheGivenClocksTimeToTheMicrosecond() {
        var clock = TestClock.at("2026-11-30T10:00:00.123456789Z");
        assertEquals(Instant.parse("2026-11-30T10:00:00.123456Z"), Moments.now(clock));
        clock.advance(Duration.ofDays(1));
        assertEquals(Instant.parse("2026-12-01T10:00:00.123456Z"), Moments.now(clock));
    }

    @Test
    void callersInstantsAreBoundedToASaneRange() {
        assertEquals(Instant.parse("2027-01-14T17:00:00Z"), Moments.parse("2027-01-14T17:00:00.0000001Z"));
        Moments.parse("1970-01-01T00:00:00Z");
        Moments.parse("2199-12-31T23:59:59Z");
        for (String far : new String[]{"+999999999-01-01T00:00:00Z", "2200-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
                "-5000-01-01T00:00:00Z", "2027-01-14T17:00:00"}) {
            assertThrows(DateTimeParseException.class, () -> Moments.parse(far), far);
        }
    }
}
