package com.psynergybilling.leads.people.entity;

import com.psynergybilling.leads.policy.entity.UseRule;
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

    /**
     * What a component holds only because the policy's {@code use} permits it: that use's categories,
     * its purpose and its recipient (none for a use inside the company), from {@code sources}.
     */
    public static Holding of(String name, UseRule use, Set<String> sources) {
        return new Holding(name, use.categories(), sources, Set.of(use.purpose()),
                use.recipient() == null ? Set.of() : Set.of(use.recipient()));
    }
}
