package com.psynergybilling.leads.webinars.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewWebinarTest {

    private static NewWebinar at(String startsAt) {
        var webinar = new NewWebinar();
        webinar.title = "Claims";
        webinar.startsAt = startsAt;
        return webinar;
    }

    @Test
    void aWebinarInTheFarFutureIsRefused() {
        Instant now = Instant.parse("2026-11-30T00:00:00Z");
        assertTrue(at("2027-01-14T17:00:00Z").startsAtErrors(now).isEmpty());
        var errors = at("+999999999-01-14T17:00:00Z").startsAtErrors(now);
        assertEquals(1, errors.size());
        assertEquals("startsAt", errors.get(0).field);
    }
}
