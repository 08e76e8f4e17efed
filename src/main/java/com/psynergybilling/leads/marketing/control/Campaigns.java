package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.platform.control.NewestFirst;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.control.OutboxStore;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.mail.entity.MailQueued;
import com.psynergybilling.leads.marketing.entity.Campaign;
import com.psynergybilling.leads.marketing.entity.CampaignStarted;
import com.psynergybilling.leads.marketing.entity.CampaignStatus;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.StoreById;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The store of campaigns, their sending, pausing and resuming, and the queueing of their recipients a batch at a time. */
@ApplicationScoped
public class Campaigns extends StoreById<Campaign> {

    /** One sender's claim ({@code DispatchRound}): the first batch, so that sending starts while the next is queued. */
    static final int FIRST_BATCH = 100;

    /**
     * One sending (or paused) campaign with recipients left to queue, locked for this transaction; a
     * campaign another node is queueing (or pausing) is skipped, not waited for.
     */
    static final String NEXT_TO_QUEUE = "SELECT id FROM campaigns WHERE status IN ('SENDING', 'PAUSED')"
            + " AND queued_all = false"
            + " ORDER BY started_at FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";

    /** Scheduled campaigns whose time has come, locked; one another node is starting is skipped. */
    static final String DUE_TO_START = "SELECT id FROM campaigns WHERE status = 'SCHEDULED' AND start_at <= ?"
            + " ORDER BY start_at FETCH FIRST 20 ROWS ONLY FOR UPDATE SKIP LOCKED";

    @Inject
    Audiences audiences;

    @Inject
    Outbox outbox;

    @Inject
    OutboxStore outboxStore;

    @Inject
    UnsubscribeLinks links;

    @Inject
    Event<Audited> audit;

    @Inject
    Event<CampaignStarted> started;

    @Inject
    Event<MailQueued> queued;

    public Campaigns() {
        super(Campaign.class, "The campaign");
    }

    public void add(Campaign campaign) {
        kept(campaign);
    }

    /** Up to {@code limit} campaigns after the cursor (null: from the newest), newest first. */
    public List<Campaign> page(String cursor, int limit) {
        return NewestFirst.page(em, Campaign.class, cursor, limit);
    }

    /** Locked against the queueing of its recipients, so a pause holds every message queued before it. */
    public Campaign locked(String id) {
        Campaign campaign = required(id);
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(campaign);
        return campaign;
    }

    /** Starts sending a draft, under its lock; audited. */
    public Campaign send(String id, String caller, Instant now) {
        Campaign campaign = transition(id, c -> c.start(now), "only a draft can be sent", caller, "CAMPAIGN_SENT");
        started.fire(new CampaignStarted(campaign.id()));
        return campaign;
    }

    /** Starts the campaign by itself at {@code start} (a time to come), audited with that time. */
    public Campaign schedule(String id, String caller, Instant start) {
        return transition(id, campaign -> campaign.schedule(start), "only a draft can be sent", caller,
                "CAMPAIGN_SCHEDULED");
    }

    /**
     * Holds what is queued (and what is queued later) until it resumes; messages on their way finish.
     * A scheduled campaign goes back to being a draft.
     */
    public Campaign pause(String id, String caller) {
        return transition(id, campaign -> campaign.pause() && outboxStore.hold(campaign.id()) >= 0,
                "only a sending or scheduled one can pause", caller, "CAMPAIGN_PAUSED");
    }

    /** Lets the held messages go; each person still has one message, so nobody gets a second copy. */
    public Campaign resume(String id, String caller) {
        Campaign campaign = transition(id, Campaign::resume, "only a paused one can resume", caller,
                "CAMPAIGN_RESUMED");
        outboxStore.unhold(campaign.id());
        queued.fire(new MailQueued());
        return campaign;
    }

    /** A change of state under the campaign's lock, so the sender's queueing never interleaves with it; audited. */
    private Campaign transition(String id, Predicate<Campaign> change, String rule, String caller, String action) {
        Campaign campaign = locked(id);
        if (!change.test(campaign)) {
            throw ProblemException.conflict("The campaign is " + campaign.status() + "; " + rule + ".");
        }
        audit.fire(new Audited(caller, action, null, "BUSINESS_OPERATIONS", "campaign " + campaign.id()
                + (campaign.startAt() == null ? "" : ": starts " + campaign.startAt())));
        return campaign;
    }

    public Optional<Campaign> nextToQueue() {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(NEXT_TO_QUEUE).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(em.find(Campaign.class, ids.get(0).toString()));
    }

    /** Starts the scheduled campaigns due at {@code now}; returns how many started. */
    public int startDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(DUE_TO_START)
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC)).getResultList();
        int started = 0;
        for (Object id : ids) {
            Campaign campaign = em.find(Campaign.class, id.toString());
            if (campaign != null && campaign.startIfDue(now)) {
                started++;
            }
        }
        return started;
    }

    /** Campaigns whose recipients are all queued, to be finished once their mail is out. */
    public List<Campaign> queuedAndSending() {
        return em.createQuery("select c from Campaign c where c.status = :sending and c.queuedAll = true", Campaign.class)
                .setParameter("sending", CampaignStatus.SENDING)
                .getResultList();
    }

    /**
     * Queues the eligible recipients among the next {@code max} submissions through the outbox, each
     * with the policy's permit and a key of its own; returns how many went. A paused campaign's recipients are queued
     * too, held until it resumes.
     */
    public int queueBatch(Campaign campaign, int max) {
        int size = campaign.queuedThrough() == null ? Math.min(max, FIRST_BATCH) : max;
        var step = audiences.next(campaign.audience(), campaign.queuedThrough(), size);
        var recipients = audiences.recipients(step.eligible(), campaign.audience());
        for (String personId : step.eligible()) {
            var recipient = recipients.get(personId);
            if (recipient != null) {
                outbox.queue(recipient.permit(), envelope(campaign, recipient.submission()));
            }
        }
        campaign.queuedBatch(step.through(), recipients.size(), step.last());
        if (campaign.status() == CampaignStatus.PAUSED) {
            // Queued under the campaign's lock, so they commit already held: a paused campaign sends nothing.
            outboxStore.hold(campaign.id());
        } else if (!recipients.isEmpty()) {
            queued.fire(new MailQueued());
        }
        return recipients.size();
    }

    private Envelope envelope(Campaign campaign, Submission submission) {
        var model = new HashMap<String, String>();
        model.put("fullName", submission.fullName() == null ? "" : submission.fullName());
        model.put("organization", submission.organization() == null ? "" : submission.organization());
        model.put("unsubscribeUrl", links.link(submission.person().id()));
        return new Envelope(CampaignMail.key(campaign.id(), submission.person().id()), submission.person().email(),
                CampaignMail.template(campaign.id()), model, campaign.id());
    }
}
