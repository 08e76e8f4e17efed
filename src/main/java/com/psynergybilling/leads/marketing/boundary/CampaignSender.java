package com.psynergybilling.leads.marketing.boundary;

import com.psynergybilling.leads.platform.control.Repeating;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts scheduled campaigns when due and queues the recipients of sending campaigns on every node, a batch per transaction; the campaign
 * row's lock (SKIP LOCKED) gives each batch to one node. The dispatcher sends them at the shared rate.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "SecretBootstrap"})
@TransactionManagement(TransactionManagementType.BEAN)
public class CampaignSender {

    static final int BATCHES_PER_ROUND = 20;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "leads.campaign.poll.millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "leads.campaign.batch", defaultValue = "500")
    int batch;

    @Inject
    CampaignSteps steps;

    private Repeating rounds;

    @PostConstruct
    void start() {
        if (pollMillis < 10 || batch < 1 || batch > 5000) {
            throw new IllegalStateException("LEADS_CAMPAIGN_POLL_MILLIS must be at least 10 and LEADS_CAMPAIGN_BATCH 1 to 5000");
        }
        rounds = new Repeating(executor, "A campaign round", Duration.ofMillis(pollMillis), this::round);
        rounds.start(Duration.ofMillis(pollMillis));
    }

    @PreDestroy
    void stop() {
        rounds.stop();
    }

    private void round() {
        steps.startDue();
        for (int i = 0; i < BATCHES_PER_ROUND && !rounds.stopped() && steps.queueNext(batch); i++) {
            // each batch commits on its own: a crash loses at most the batch in hand, never a copy
        }
        steps.finishSettled();
    }
}
