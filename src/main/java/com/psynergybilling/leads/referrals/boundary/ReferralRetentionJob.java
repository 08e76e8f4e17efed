package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.referrals.control.ReferralRetention;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the referral retention (R10) every hour on every node; each batch is its own transaction and
 * erasing twice is harmless, so nodes need no coordination.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class ReferralRetentionJob {

    private static final Logger LOG = Logger.getLogger(ReferralRetentionJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Batch batch;

    private volatile ScheduledFuture<?> next;
    private volatile boolean stopped;

    @PostConstruct
    void start() {
        schedule(1);
    }

    @PreDestroy
    void stop() {
        stopped = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** Each run books the next: Payara 6's periodic executor tasks log an error after every run. */
    private void schedule(long minutes) {
        if (!stopped) {
            next = scheduler.schedule(this::run, minutes, TimeUnit.MINUTES);
        }
    }

    void run() {
        try {
            int erased;
            do {
                erased = batch.erase();
            } while (erased == batch.size());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Referral retention failed; it runs again within the hour", e);
        } finally {
            schedule(60);
        }
    }

    /** One batch in one transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Batch {

        @Inject
        ReferralRetention retention;

        @Transactional
        public int erase() {
            return retention.eraseExpired();
        }

        int size() {
            return retention.batchSize();
        }
    }
}
