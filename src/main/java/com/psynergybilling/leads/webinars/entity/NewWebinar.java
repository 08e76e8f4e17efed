package com.psynergybilling.leads.webinars.entity;

import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.FutureInstant;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.platform.entity.Normalizable;
import com.psynergybilling.leads.platform.entity.SingleLine;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What marketing sends to create a webinar. */
@Schema(name = "NewWebinar")
public class NewWebinar implements Normalizable {

    @Schema(required = true, maxLength = 200, example = "Getting paid faster: claims in 2027")
    @NotBlank
    @SingleLine(max = 200)
    public String title;

    @Schema(required = true, description = "ISO-8601 instant in the future, e.g. 2027-01-14T17:00:00Z",
            example = "2027-01-14T17:00:00Z")
    public String startsAt;

    /** What is wrong with {@code startsAt} at {@code now}: it is required, and {@link FutureInstant}. */
    public List<FieldError> startsAtErrors(Instant now) {
        if (startsAt == null) {
            return List.of(new FieldError("startsAt", "must not be blank"));
        }
        return FutureInstant.errors("startsAt", startsAt, now, "2027-01-14T17:00:00Z");
    }

    /** The start, once {@link #startsAtErrors} found nothing wrong. */
    public Instant start() {
        return Moments.parse(startsAt);
    }
}
