package com.psynergybilling.leads.marketing.boundary;

import com.psynergybilling.leads.mail.control.OutboxStore;
import com.psynergybilling.leads.marketing.control.Campaigns;
import com.psynergybilling.leads.marketing.entity.Campaign;
import com.psynergybilling.leads.marketing.entity.CampaignStarted;
import com.psynergybilling.leads.platform.boundary.RepeatingJob;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts scheduled campaigns when due and queues the recipients of sending campaigns on every node,
 * a batch per transaction; the campaign row's lock (SKIP LOCKED) gives each batch to one node. The dispatcher sends them at the shared rate.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "SecretBootstrap"})
@TransactionManagement(TransactionManagementType.BEAN)
public class CampaignSendingJob extends RepeatingJob {

    static final int BATCHES_PER_ROUND = 20;

    @Inject
    @ConfigProperty(name = "leads.campaign.poll.millis", defaultValue = Defaults.LEADS_CAMPAIGN_POLL_MILLIS)
    long pollMillis;

    @Inject
    @ConfigProperty(name = "leads.campaign.batch", defaultValue = Defaults.LEADS_CAMPAIGN_BATCH)
    int batch;

    @Inject
    Batch steps;

    @PostConstruct
    void start() {
        if (pollMillis < 10 || batch < 1 || batch > 5000) {
            throw new IllegalStateException("LEADS_CAMPAIGN_POLL_MILLIS must be at least 10 and LEADS_CAMPAIGN_BATCH 1 to 5000");
        }
        repeat("A campaign round", Duration.ofMillis(pollMillis), Duration.ofMillis(pollMillis), this::round);
    }

    /** A campaign sent from this node: its first recipients are queued now, not at the next poll. */
    @Lock(LockType.READ)
    public void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) CampaignStarted event) {
        nudge();
    }

    private void round() {
        steps.startDue();
        for (int i = 0; i < BATCHES_PER_ROUND && !stopping() && steps.queueNext(batch); i++) {
            // each batch commits on its own: a crash loses at most the batch in hand, never a copy
        }
        steps.finishSettled();
    }

    /** The job's transactions: due campaigns started, one batch of recipients queued, finished campaigns marked. */
    @ApplicationScoped
    public static class Batch {

        @Inject
        Clock clock;

        @Inject
        Campaigns campaigns;

        @Inject
        OutboxStore outbox;

        /** Scheduled campaigns whose start time has come begin sending (their recipients are queued from then on). */
        @Transactional
        public int startDue() {
            return campaigns.startDue(Moments.now(clock));
        }

        /** Queues one batch of one sending campaign; false when no campaign has recipients left to queue. */
        @Transactional
        public boolean queueNext(int batch) {
            return campaigns.nextToQueue().map(campaign -> {
                campaigns.queueBatch(campaign, batch);
                return true;
            }).orElse(false);
        }

        /** A campaign is finished once everything is queued and every message is sent, skipped or failed. */
        @Transactional
        public void finishSettled() {
            for (Campaign candidate : campaigns.queuedAndSending()) {
                if (!outbox.waiting(candidate.id())) {
                    campaigns.locked(candidate.id()).finish(Moments.now(clock));
                }
            }
        }
    }
}
