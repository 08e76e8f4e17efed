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
}
