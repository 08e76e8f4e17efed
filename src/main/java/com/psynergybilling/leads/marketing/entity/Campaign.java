package com.psynergybilling.leads.marketing.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A promotional campaign. Its content never changes once created, so every message of it reads
 * the same; its audience is a rule, applied by the database as the recipients are queued.
 */
@Entity
@Table(name = "campaigns")
public class Campaign extends Identified {

    /** Specialties are single lines: a line break separates them. */
    private static final String LINE = "\n";

    private String name;
    private String subject;
    private String textBody;
    private String htmlBody;
    private String sources;
    private String specialties;
    private Instant collectedSince;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status;
    /** The last person id queued: the audience is walked in id order, a batch at a time. */
    private String queuedThrough;
    private boolean queuedAll;
    private int queued;
    private String createdBy;
    private Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;
    /** When a scheduled campaign starts by itself; null when it was sent at once. */
    private Instant startAt;
    @Version
    private long version;
    /** Counted by the database alone ({@code MailReports}), so a report never races the campaign's own updates. */
    @Column(insertable = false, updatable = false)
    private int bounced;
    @Column(insertable = false, updatable = false)
    private int complained;

    protected Campaign() {
    }

    public Campaign(String name, String subject, String textBody, String htmlBody, Audience audience,
                    String createdBy, Instant now) {
        super(newId());
        this.name = name;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.sources = String.join(",", audience.sources());
        this.specialties = String.join(LINE, audience.practiceSpecialties());
        this.collectedSince = audience.collectedSince();
        this.status = CampaignStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Sending starts once; false when it had already started. */
    public boolean start(Instant now) {
        return startSending(CampaignStatus.DRAFT, now);
    }

    /** Sending starts by itself at {@code at}; false unless a draft. */
    public boolean schedule(Instant at) {
        boolean scheduled = move(CampaignStatus.DRAFT, CampaignStatus.SCHEDULED);
        if (scheduled) {
            startAt = at;
        }
        return scheduled;
    }

    /** A scheduled campaign whose time has come starts sending; false when it is not (yet) due. */
    public boolean startIfDue(Instant now) {
        return status == CampaignStatus.SCHEDULED && !startAt.isAfter(now)
                && startSending(CampaignStatus.SCHEDULED, now);
    }

    /** Pausing a scheduled campaign takes it back to a draft (nothing was queued yet); a sending one holds. */
    public boolean pause() {
        if (move(CampaignStatus.SCHEDULED, CampaignStatus.DRAFT)) {
            startAt = null;
            return true;
        }
        return move(CampaignStatus.SENDING, CampaignStatus.PAUSED);
    }

    public boolean resume() {
        return move(CampaignStatus.PAUSED, CampaignStatus.SENDING);
    }

    /** From a draft or a schedule, sending starts at {@code now}: the one way into SENDING that sets startedAt. */
    private boolean startSending(CampaignStatus from, Instant now) {
        boolean started = move(from, CampaignStatus.SENDING);
        if (started) {
            startedAt = now;
        }
        return started;
    }

    /**
     * Every step of the campaign's life goes from one status to the next and answers whether it did:
     * a campaign not in {@code from} stays as it is (a repeated or late click changes nothing).
     */
    private boolean move(CampaignStatus from, CampaignStatus to) {
        if (status != from) {
            return false;
        }
        status = to;
        return true;
    }

    /** A batch of recipients went to the outbox; {@code last} is true when the audience is exhausted. */
    public void queuedBatch(String lastPersonId, int count, boolean last) {
        if (lastPersonId != null) {
            queuedThrough = lastPersonId;
        }
        queued += count;
        queuedAll = last;
    }

    /** Finished only when all is queued and nothing of it waits or is on its way. */
    public void finish(Instant now) {
        if (status == CampaignStatus.SENDING && queuedAll) {
            status = CampaignStatus.FINISHED;
            finishedAt = now;
        }
    }

    public Audience audience() {
        return new Audience(split(sources, ","), split(specialties, LINE), collectedSince);
    }

    private static List<String> split(String joined, String separator) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }

    public String name() {
        return name;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public CampaignStatus status() {
        return status;
    }

    public String queuedThrough() {
        return queuedThrough;
    }

    public boolean queuedAll() {
        return queuedAll;
    }

    public int queued() {
        return queued;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int bounced() {
        return bounced;
    }

    public int complained() {
        return complained;
    }

    public Instant startAt() {
        return startAt;
    }
}
