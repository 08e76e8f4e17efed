package com.psynergybilling.leads.policy.entity;

/** A use the policy does not allow, and why, in words fit for a log or a privacy officer. */
public record Refusal(String use, String reason) implements Decision {

    @Override
    public boolean permitted() {
        return false;
    }
}
