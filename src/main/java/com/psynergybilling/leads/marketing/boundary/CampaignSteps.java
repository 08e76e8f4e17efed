package com.psynergybilling.leads.marketing.boundary;

import com.psynergybilling.leads.mail.control.OutboxStore;
import com.psynergybilling.leads.marketing.control.Campaigns;
import com.psynergybilling.leads.marketing.entity.Campaign;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The sender's transactions: one batch of recipients queued, and finished campaigns marked. */
@ApplicationScoped
public class CampaignSteps {

    @Inject
    Campaigns campaigns;

    @Inject
    OutboxStore outbox;

    /** Scheduled campaigns whose start time has come begin sending (their recipients are queued from then on). */
    @Transactional
    public int startDue() {
        return campaigns.startDue(Moments.now());
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
                campaigns.locked(candidate.id()).finish(Moments.now());
            }
        }
    }
}
