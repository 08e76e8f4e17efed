package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import com.psynergybilling.leads.platform.control.Batches;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.referrals.control.ReferralRemoval;
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
 * Carries out recorded referral removals (R9) every {@code LEADS_REFERRAL_REMOVAL_SECONDS} on every
 * node: the public answer was given before, so its timing says nothing about the address. Each batch
 * is one transaction and claims its rows (SKIP LOCKED), so nodes need no other coordination.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class ReferralRemovalJob extends RepeatingJob {

    @Inject
    Batch batch;

    @Inject
    @ConfigProperty(name = "leads.referral.removal.seconds", defaultValue = Defaults.LEADS_REFERRAL_REMOVAL_SECONDS)
    int seconds;

    @PostConstruct
    void start() {
        repeat("Referral removals", Duration.ofSeconds(Math.max(1, seconds)), Duration.ofSeconds(Math.max(1, seconds)), this::run);
    }

    void run() {
        Batches.drain(batch::carryOut, batch.size(), this::stopping);
    }

    /** One batch in one transaction. */
    @ApplicationScoped
    public static class Batch {

        @Inject
        Clock clock;

        @Inject
        ReferralRemoval removal;

        @Transactional
        public int carryOut() {
            return removal.carryOutBatch(Moments.now(clock));
        }

        int size() {
            return removal.batchSize();
        }
    }
}
