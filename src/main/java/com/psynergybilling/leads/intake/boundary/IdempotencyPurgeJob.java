package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;

/** Forgets Idempotency-Keys after 24 hours, every 15 minutes. Every node runs it; the delete is idempotent. */
@Startup
@Singleton
@DependsOn("Migrations")
public class IdempotencyPurgeJob extends RepeatingJob {

    static final Duration EVERY = Duration.ofMinutes(15);

    @Inject
    Batch batch;

    @PostConstruct
    void start() {
        repeat("Idempotency-Key purge", EVERY, EVERY, batch::purge);
    }

    /** The job's transaction. */
    @ApplicationScoped
    public static class Batch {

        @Inject
        IdempotencyKeys keys;

        @Transactional
        public void purge() {
            keys.purgeExpired();
        }
    }
}
