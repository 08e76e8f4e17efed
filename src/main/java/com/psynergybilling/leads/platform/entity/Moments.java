package com.psynergybilling.leads.platform.entity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Now, as the database keeps it: to the microsecond (H2 and PostgreSQL), so a time held in memory
 * equals the stored one (cursors, comparisons) and nothing changes on a round trip.
 */
public final class Moments {

    private Moments() {
    }

    /** The earliest and (exclusive) latest instant this service takes from a caller. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /** A day as letters and pages write it for people: 5 June 2024 (in UTC). */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** A moment to the minute, with its zone, as letters and pages write it: 5 June 2024, 14:00 UTC. */
    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** Now on {@code clock} (the service's one, injected), to the microsecond. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * An ISO-8601 instant from a caller, to the microsecond, within 1970 to 2199: a webinar in the year
     * 999999999 or a filter since year -5000 is a mistake or a probe, and some databases cannot store it.
     *
     * @throws DateTimeParseException when it is no instant or outside that range
     */
    public static Instant parse(String text) {
        Instant instant = Instant.parse(text);
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new DateTimeParseException("outside 1970 to 2199", text, 0);
        }
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
