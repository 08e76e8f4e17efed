package com.psynergybilling.leads.marketing.entity;

import java.time.Instant;
import java.util.List;

/**
 * Whom a campaign selects: people with a submission from one of {@code sources} (form codes; empty
 * means every lead form), with one of {@code practiceSpecialties} (empty: any), collected at or
 * after {@code collectedSince} (null: any time).
 */
public record Audience(List<String> sources, List<String> practiceSpecialties, Instant collectedSince) {

    public Audience {
        sources = List.copyOf(sources);
        practiceSpecialties = List.copyOf(practiceSpecialties);
    }

    public boolean selectsBySpecialty() {
        return !practiceSpecialties.isEmpty();
    }
}
