package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.platform.control.Repeating;
import com.psynergybilling.leads.referrals.control.ReferralRetention;
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

/**
 * Runs the referral retention (R10) every hour on every node, walking the colleagues by id so that held
 * ones (R20) are passed, not met again; each batch is its own transaction and erasing twice is
 * harmless, so nodes need no coordination.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class ReferralRetentionJob {

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Batch batch;

    private Repeating hourly;

    @PostConstruct
    void start() {
        hourly = new Repeating(scheduler, "Referral retention", Duration.ofHours(1), this::run);
        hourly.start(Duration.ofMinutes(1));
    }

    @PreDestroy
    void stop() {
        hourly.stop();
    }

    void run() {
        String after = "";
        do {
            after = batch.erase(after);
        } while (after != null);
    }

    /** One batch in one transaction. */
    @ApplicationScoped
    public static class Batch {

        @Inject
        ReferralRetention retention;

        @Transactional
        public String erase(String after) {
            return retention.eraseExpired(after);
        }
    }
}
