package com.psynergybilling.leads.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrivacyPagesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    @DisplayName("R23: the statutory clock in words: days left, due today, overdue")
    void clockInWords() {
        assertEquals("45 days left", PrivacyPages.clock(NOW.plus(Duration.ofDays(45)), NOW, false));
        assertEquals("1 day left", PrivacyPages.clock(NOW.plus(Duration.ofHours(30)), NOW, false));
        assertEquals("Due today", PrivacyPages.clock(NOW.plus(Duration.ofHours(3)), NOW, false));
        assertEquals("Overdue by 1 day", PrivacyPages.clock(NOW.minus(Duration.ofHours(3)), NOW, true));
        assertEquals("Overdue by 4 days", PrivacyPages.clock(NOW.minus(Duration.ofDays(4)), NOW, true));
        assertEquals("", PrivacyPages.clock(NOW.minus(Duration.ofDays(4)), NOW, false), "decided: the clock stopped");
        assertEquals("", PrivacyPages.clock(null, NOW, false));
    }
}
