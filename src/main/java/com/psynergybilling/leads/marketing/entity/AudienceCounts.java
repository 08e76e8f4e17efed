package com.psynergybilling.leads.marketing.entity;

import java.util.Map;

/** What marketing sees of an audience: how many would get the campaign, and how many not, by reason. */
public record AudienceCounts(long eligible, Map<Exclusion, Long> excluded) {

    public AudienceCounts {
        excluded = Map.copyOf(excluded);
    }
}
