package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a lead's record is kept after their last activity (R27): {@code LEADS_LEAD_RETENTION_MONTHS},
 * counted in calendar months in UTC. Read in this one place for the collection notice that states it,
 * the consent receipt whose link lasts as long, and the retention that erases, so none of them can
 * count it another way.
 */
@ApplicationScoped
public class LeadRetentionPeriod {

    @Inject
    @ConfigProperty(name = "leads.lead.retention.months", defaultValue = Defaults.LEADS_LEAD_RETENTION_MONTHS)
    int months;

    public int months() {
        return months;
    }

    /** When a record collected at {@code collectedAt} leaves retention, at the latest. */
    public Instant end(Instant collectedAt) {
        return collectedAt.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    /** The oldest last activity that still keeps a lead at {@code now}. */
    public Instant cutoff(Instant now) {
        return cutoff(now, months);
    }

    /** The oldest last activity that still keeps a lead: calendar months back from {@code now}, in UTC. */
    public static Instant cutoff(Instant now, int months) {
        if (months < 1) {
            throw new IllegalStateException("LEADS_LEAD_RETENTION_MONTHS must be at least 1");
        }
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
