package com.psynergybilling.leads.intake.entity;

/**
 * What a public endpoint answered to an accepted form: kept with an Idempotency-Key so a repeat gets
 * the same answer. It never holds personal data.
 */
public record Receipt(int status, String body) {
}
