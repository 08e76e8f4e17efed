package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Moments;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The query parameters many lists take, refused with a 400 in the same words wherever they come. */
public final class QueryParams {

    private QueryParams() {
    }

    /** A page's size: 1 to {@code max}. */
    public static void requireLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw ProblemException.badRequest("limit must be between 1 and " + max + ".");
        }
    }

    /** The instant of a {@code since} filter (1970 to 2199). */
    public static Instant since(String value) {
        try {
            return Moments.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("since must be an ISO-8601 instant such as 2026-11-01T00:00:00Z.");
        }
    }
}
