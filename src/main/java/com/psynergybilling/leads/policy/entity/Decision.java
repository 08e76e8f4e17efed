package com.psynergybilling.leads.policy.entity;

/** The policy's answer to "may this use touch this record?": a {@link Permit} or a {@link Refusal}. */
public sealed interface Decision permits Permit, Refusal {

    boolean permitted();
}
