package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.platform.control.Repeating;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;

/** Forgets Idempotency-Keys after 24 hours, every 15 minutes. Every node runs it; the delete is idempotent. */
@Startup
@Singleton
@DependsOn("Migrations")
public class IdempotencyPurgeJob {

    static final Duration EVERY = Duration.ofMinutes(15);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Batch batch;

    private Repeating repeating;

    @PostConstruct
    void start() {
        repeating = new Repeating(scheduler, "Idempotency-Key purge", EVERY, batch::purge);
        repeating.start(EVERY);
    }

    @PreDestroy
    void stop() {
        repeating.stop();
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
