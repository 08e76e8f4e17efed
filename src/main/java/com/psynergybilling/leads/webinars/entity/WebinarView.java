package com.psynergybilling.leads.webinars.entity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webinar as anyone may see it. */
@Schema(name = "Webinar")
public record WebinarView(
        @Schema(example = "0b6f1c52-6a0e-4c53-a7f4-2f3c9e1d7a10") String id,
        @Schema(example = "Getting paid faster: claims in 2027") String title,
        @Schema(description = "ISO-8601, UTC", example = "2027-01-14T17:00:00Z") Instant startsAt) {

    public static WebinarView of(Webinar webinar) {
        return new WebinarView(webinar.id(), webinar.title(), webinar.startsAt());
    }
}
