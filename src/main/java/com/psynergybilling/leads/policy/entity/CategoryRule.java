package com.psynergybilling.leads.policy.entity;

import java.util.Set;

/** One row of the policy's table: what a category of personal information may serve and reach. */
public record CategoryRule(String code, String name, Set<String> purposes, Set<String> recipients) {

    public CategoryRule {
        purposes = Set.copyOf(purposes);
        recipients = Set.copyOf(recipients);
    }
}
