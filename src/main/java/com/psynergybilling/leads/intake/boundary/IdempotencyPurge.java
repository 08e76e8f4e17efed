package com.psynergybilling.leads.intake.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Forgets Idempotency-Keys after 24 hours. Every node runs it; the delete is idempotent. */
@Singleton
public class IdempotencyPurge {

    @Inject
    IdempotencyKeys keys;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void purge() {
        keys.purgeExpired();
    }
}
