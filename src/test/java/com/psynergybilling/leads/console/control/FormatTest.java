package com.psynergybilling.leads.console.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void timesAndNumbersReadAsPeopleWriteThem() {
        assertEquals("30 Nov 2026, 22:04 UTC", Format.when(Instant.parse("2026-11-30T22:04:29.123Z")));
        assertEquals("", Format.when(null));
        assertEquals("1,234,567", Format.number(1_234_567));
    }

    @Test
    void aBrowsersDateAndTimeFieldIsReadAsUtc() {
        assertEquals("2027-01-14T17:00:00Z", Format.utcInstant("2027-01-14T17:00"));
        assertEquals("2027-01-14T17:00:05Z", Format.utcInstant("2027-01-14T17:00:05"));
        assertEquals("tomorrow", Format.utcInstant("tomorrow"), "left for the API's own check to refuse");
    }
}
