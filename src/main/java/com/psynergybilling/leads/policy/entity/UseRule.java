package com.psynergybilling.leads.policy.entity;

import java.util.Set;

/**
 * A named use of personal data (sales follow-up, promotional email, partner export, ...): the
 * categories it touches, the purpose it serves and, when data leaves the company, to which
 * category of recipient. {@code recipient} is null for uses inside the company.
 */
public record UseRule(String code, String name, Set<String> categories, String purpose, String recipient) {

    public UseRule {
        categories = Set.copyOf(categories);
    }
}
