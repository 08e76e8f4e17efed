package com.psynergybilling.leads.mail.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import com.psynergybilling.leads.platform.entity.Retries;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message in the outbox. */
@Entity
@Table(name = "outbox_messages")
public class OutboxMessage extends Identified {

    private String messageKey;

    /** The policy use the message serves (REFERRAL_INVITATION, PROMOTIONAL_EMAIL, ...). */
    @Column(name = "use_code")
    private String use;

    /** Null once the message is finished and the address no longer needed, or erased. */
    private String recipient;

    private String template;

    /** The template's values as a JSON object. */
    private String model;

    private String reference;

    /** An attached file's name and text, or null; cleared with the recipient once finished. */
    private String attachmentName;

    /** Text of any length (an access report can pass a megabyte): a CLOB on H2, text on PostgreSQL. */
    private String attachment;

    @Enumerated(EnumType.STRING)
    private MailState state;

    @Embedded
    private Retries retries;

    private Instant createdAt;

    private Instant finishedAt;

    /** The node holding it while SENDING, and which of that node's senders. */
    private String claimedBy;

    private Integer claimSender;

    /** Written just before the SMTP transaction, and once the server accepted it (ClaimRecovery). */
    private Instant attemptedAt;

    private Instant acceptedAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String messageKey, String use, String recipient, String template, String model,
                         String reference, Instant now) {
        super(newId());
        this.messageKey = messageKey;
        this.use = use;
        this.recipient = recipient;
        this.template = template;
        this.model = model;
        this.reference = reference;
        this.state = MailState.QUEUED;
        this.retries = new Retries(now);
        this.createdAt = now;
    }

    public String messageKey() {
        return messageKey;
    }

    public String use() {
        return use;
    }

    public String recipient() {
        return recipient;
    }

    public String template() {
        return template;
    }

    public String model() {
        return model;
    }

    public String reference() {
        return reference;
    }

    public Attachment attachment() {
        return attachment == null ? null : new Attachment(attachmentName, attachment);
    }

    /** Attaches a file to a message not yet sent. */
    public void attach(Attachment file) {
        attachmentName = file == null ? null : file.fileName();
        attachment = file == null ? null : file.content();
    }

    public MailState state() {
        return state;
    }

    /** Its attempts, when it is due, and why it ended as it did (in words with no personal data). */
    public Retries retries() {
        return retries;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    /** Taken by one sender of one node; from here on no other round or node may touch it. */
    public void claim(Instant now, String node, int sender) {
        if (state != MailState.QUEUED) {
            throw new IllegalStateException("Only a queued message can be claimed, not a " + state + " one");
        }
        state = MailState.SENDING;
        retries.claim(now);
        claimedBy = node;
        claimSender = sender;
        attemptedAt = null;
        acceptedAt = null;
    }

    /** Its holder stopped before attempting it: back in the queue as it was, no attempt counted. */
    public void released(String reason) {
        requeue(retries.nextAttemptAt(), reason);
    }

    public void sent(Instant now) {
        retries.attempted();
        finish(MailState.SENT, "sent", now);
    }

    /** A guard vetoed it at send time; nothing was sent. */
    public void skipped(String reason, Instant now) {
        finish(MailState.SKIPPED, reason, now);
    }

    /** The server refused it for good, or it could not be composed. */
    public void failed(String reason, Instant now) {
        retries.attempted();
        finish(MailState.FAILED, reason, now);
    }

    /** The server may have accepted it: it is never sent again. */
    public void unknown(String reason, Instant now) {
        retries.attempted();
        finish(MailState.UNKNOWN, reason, now);
    }

    /** Refused before the server accepted it: back in the queue until {@code next}. */
    public void retryAt(Instant next, String reason) {
        retries.attempted();
        requeue(next, reason);
    }

    private void requeue(Instant next, String reason) {
        state = MailState.QUEUED;
        retries.requeue(next, reason);
        claimedBy = null;
        claimSender = null;
        attemptedAt = null;
        acceptedAt = null;
    }

    /**
     * A finished message keeps its key (so it is never sent again) but not the address and the
     * values: they were needed only to send it, and the audit log records whose it was as a hash.
     */
    private void finish(MailState end, String reason, Instant now) {
        state = end;
        finishedAt = now;
        claimedBy = null;
        claimSender = null;
        retries.because(reason);
        recipient = null;
        model = "{}";
        attach(null);
    }
}
