package com.psynergybilling.leads.platform.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Now, as the database keeps it: to the microsecond (H2 and PostgreSQL), so a time held in memory
 * equals the stored one (cursors, comparisons) and nothing changes on a round trip.
 */
public final class Moments {

    private Moments() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
