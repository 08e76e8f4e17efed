package com.psynergybilling.leads.audit.entity;

/**
 * Something to record: {@code actor} did {@code action} to the data of the person whose keyed
 * address hash is {@code subject} (null when no one's), for {@code purpose}. {@code detail} carries
 * ids or counts, never personal data.
 */
public record Audited(String actor, String action, String subject, String purpose, String detail) {
}
