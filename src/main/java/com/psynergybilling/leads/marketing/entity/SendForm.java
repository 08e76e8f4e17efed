package com.psynergybilling.leads.marketing.entity;

import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.FutureInstant;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.platform.entity.Normalizable;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How marketing sends a campaign: at once (no body, or no startAt), or starting by itself at startAt. */
@Schema(name = "SendCampaign")
public class SendForm implements Normalizable {

    @Schema(maxLength = 40, description = "optional ISO-8601 instant in the future: the campaign waits as "
            + "SCHEDULED and starts sending by itself then; absent: at once", example = "2027-01-14T15:00:00Z")
    @Size(max = 40)
    public String startAt;

    /** What is wrong with {@code startAt} at {@code now}: an instant with its offset, still to come. */
    public List<FieldError> startAtErrors(Instant now) {
        return startAt == null ? List.of() : FutureInstant.errors("startAt", startAt, now, "2027-01-14T15:00:00Z");
    }

    /** The start, or null for at once, once {@link #startAtErrors} found nothing wrong. */
    public Instant start() {
        return startAt == null ? null : Moments.parse(startAt);
    }
}
