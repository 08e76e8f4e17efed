package com.psynergybilling.leads.people.entity;

import java.util.Set;

/**
 * What one component holds about people, for the description part of an access report (R18):
 * the policy's category, purpose and recipient codes, and the sources (form codes or channels).
 */
public record Holding(String name, Set<String> categories, Set<String> sources, Set<String> purposes,
                      Set<String> recipients) {

    public Holding {
        categories = Set.copyOf(categories);
        sources = Set.copyOf(sources);
        purposes = Set.copyOf(purposes);
        recipients = Set.copyOf(recipients);
    }
}
