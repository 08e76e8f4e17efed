package com.psynergybilling.leads.console.control;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Numbers and times as people read them. Times are shown in UTC, said so, as every node agrees on it. */
public final class Format {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private Format() {
    }

    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /**
     * A browser's date-and-time field (no zone; the console says UTC) as the API's ISO-8601 instant;
     * anything else goes on as typed, for the API's own check to refuse by field.
     */
    public static String utcInstant(String local) {
        try {
            return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}
