package com.psynergybilling.leads.platform.entity;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A form's field naming an instant still to come (a webinar's start, a campaign's). Checked by the
 * form at the service's now, not by a constraint, because "in the future" depends on the clock.
 */
public final class FutureInstant {

    private FutureInstant() {
    }

    /**
     * What is wrong with {@code value}, the text of {@code field}, at {@code now}: it must be an instant
     * with its offset (a local time would be read in some zone nobody chose) that is still to come;
     * {@code example} shows the caller one.
     */
    public static List<FieldError> errors(String field, String value, Instant now, String example) {
        try {
            return Moments.parse(value).isAfter(now) ? List.of()
                    : List.of(new FieldError(field, "must be in the future"));
        } catch (DateTimeParseException e) {
            return List.of(new FieldError(field, "must be an ISO-8601 instant before 2200, e.g. " + example));
        }
    }
}
