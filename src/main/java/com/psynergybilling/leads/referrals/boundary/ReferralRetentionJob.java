package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.referrals.control.ReferralRetention;
import com.psynergybilling.leads.referrals.control.ReferrerQuotas;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the referral retention (R10), the expiry of unconfirmed referrals and the clearing of past
 * days' referrer quotas every {@code LEADS_REFERRAL_RETENTION_POLL_MILLIS} (an hour) on every node.
 * The retention walks the colleagues by id so that held ones (R20) are passed, not met again; each
 * batch is its own transaction and doing one twice is harmless, so nodes need no coordination.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class ReferralRetentionJob extends RepeatingJob {

    @Inject
    Batch batch;

    @Inject
    @ConfigProperty(name = "leads.referral.retention.poll.millis", defaultValue = Defaults.LEADS_REFERRAL_RETENTION_POLL_MILLIS)
    long pollMillis;

    @PostConstruct
    void start() {
        var period = Duration.ofMillis(Math.max(100, pollMillis));
        repeat("Referral retention", period, period.compareTo(Duration.ofMinutes(1)) < 0 ? period : Duration.ofMinutes(1), this::run);
    }

    void run() {
        String after = "";
        do {
            after = batch.erase(after);
        } while (after != null);
        while (batch.expire() == batch.size()) {
            // the next batch, until a short one
        }
        after = "";
        do {
            after = batch.deleteUnsent(after);
        } while (after != null);
        while (batch.forgetQuotas() == batch.size()) {
            // likewise
        }
    }

    /** One batch in one transaction. */
    @ApplicationScoped
    public static class Batch {

        @Inject
        ReferralRetention retention;

        @Inject
        ReferrerQuotas quotas;

        @Inject
        Clock clock;

        @Transactional
        public String erase(String after) {
            return retention.eraseExpired(after);
        }

        @Transactional
        public int expire() {
            return retention.expireLapsed();
        }

        @Transactional
        public String deleteUnsent(String after) {
            return retention.deleteUnsent(after);
        }

        @Transactional
        public int forgetQuotas() {
            return quotas.forgetOld(Moments.now(clock), size());
        }

        int size() {
            return retention.batchSize();
        }
    }
}
