package com.psynergybilling.leads.policy.entity;

import java.util.Set;

/**
 * Proof that the policy allowed one use of one record's data. Only the policy makes them (the
 * constructor is package-private, and an architecture test keeps it so); the methods that queue
 * mail, export to a partner or show sales a request take one as a parameter. Erasure takes none: it
 * is required by law, not a use the policy weighs, and only {@code rights} may call it
 * (docs/architecture.md).
 */
public final class Permit implements Decision {

    private final String use;
    private final String purpose;
    private final String recipient;
    private final Set<String> categories;
    private final String policyVersion;

    Permit(UseRule use, Set<String> categories, String policyVersion) {
        this.use = use.code();
        this.purpose = use.purpose();
        this.recipient = use.recipient();
        this.categories = Set.copyOf(categories);
        this.policyVersion = policyVersion;
    }

    @Override
    public boolean permitted() {
        return true;
    }

    public String use() {
        return use;
    }

    public String purpose() {
        return purpose;
    }

    /** The recipient category, or null for a use inside the company. */
    public String recipient() {
        return recipient;
    }

    /** Whether this permit lets the use touch {@code category}. */
    public boolean covers(String category) {
        return categories.contains(category);
    }

    public Set<String> categories() {
        return categories;
    }

    /** The version of the policy under which the data was collected, and judged. */
    public String policyVersion() {
        return policyVersion;
    }

    @Override
    public String toString() {
        return "Permit[" + use + " for " + purpose + " on " + categories + " under " + policyVersion + "]";
    }
}
