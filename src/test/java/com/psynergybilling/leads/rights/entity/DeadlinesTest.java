package com.psynergybilling.leads.rights.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    @DisplayName("R23: receipt is confirmed within 10 business days; weekends do not count")
    void tenBusinessDays() {
        // Monday 2 November 2026: two weeks later, Monday 16 November.
        assertEquals(Instant.parse("2026-11-16T09:00:00Z"), Deadlines.confirmBy(Instant.parse("2026-11-02T09:00:00Z")));
        // Friday 6 November: ten weekdays later is Friday 20 November.
        assertEquals(Instant.parse("2026-11-20T17:30:00Z"), Deadlines.confirmBy(Instant.parse("2026-11-06T17:30:00Z")));
        // Saturday 7 November: the count starts on Monday; the tenth is Friday 20 November.
        assertEquals(Instant.parse("2026-11-20T12:00:00Z"), Deadlines.confirmBy(Instant.parse("2026-11-07T12:00:00Z")));
    }

    @Test
    @DisplayName("R23: answered within 45 days")
    void fortyFiveDays() {
        assertEquals(Instant.parse("2026-12-17T09:00:00Z"), Deadlines.dueAt(Instant.parse("2026-11-02T09:00:00Z")));
    }

    @Test
    @DisplayName("R22: agents for CA, CO and CT residents; appeals for CO (45 days), CT and VA (60 days)")
    void statesWithExtraRights() {
        Instant at = Instant.parse("2026-11-02T09:00:00Z");
        assertTrue(Deadlines.mayUseAgent("CA") && Deadlines.mayUseAgent("CO") && Deadlines.mayUseAgent("CT"));
        assertFalse(Deadlines.mayUseAgent("VA") || Deadlines.mayUseAgent(null));
        assertEquals(Optional.of(at.plusSeconds(45L * 86_400)), Deadlines.appealDueAt("CO", at));
        assertEquals(Optional.of(at.plusSeconds(60L * 86_400)), Deadlines.appealDueAt("CT", at));
        assertEquals(Optional.of(at.plusSeconds(60L * 86_400)), Deadlines.appealDueAt("VA", at));
        assertEquals(Optional.empty(), Deadlines.appealDueAt("CA", at));
        assertFalse(Deadlines.mayAppeal("CA") || Deadlines.mayAppeal(null));
    }
}
