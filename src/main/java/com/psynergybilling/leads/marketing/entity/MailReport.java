package com.psynergybilling.leads.marketing.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A delivery report or complaint about one promotion: which message, what it said, whose it was.
 * One per message and {@link Report}: a report posted twice counts once.
 */
@Entity
@Table(name = "mail_reports")
public class MailReport extends Identified {

    /** What came back: a bounce (hard or soft) or a complaint. */
    public enum Report {
        BOUNCE, COMPLAINT
    }

    /** How a report weighs: a hard bounce or a complaint counts at once, soft bounces by three in 30 days. */
    public enum Severity {
        HARD, SOFT, COMPLAINT
    }

    private String messageId;

    @Enumerated(EnumType.STRING)
    private Report report;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    /** The DSN's status code (5.1.1), or null for a complaint. */
    private String status;

    private String campaignId;

    private String personId;

    private Instant receivedAt;

    protected MailReport() {
    }

    public MailReport(String messageId, Severity severity, String status, String campaignId, String personId,
                      Instant now) {
        super(newId());
        this.messageId = messageId;
        this.report = severity == Severity.COMPLAINT ? Report.COMPLAINT : Report.BOUNCE;
        this.severity = severity;
        this.status = status;
        this.campaignId = campaignId;
        this.personId = personId;
        this.receivedAt = now;
    }

    public Report report() {
        return report;
    }

    public Severity severity() {
        return severity;
    }

    public String status() {
        return status;
    }

    public String campaignId() {
        return campaignId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
