package com.psynergybilling.leads.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message in the outbox. */
@Entity
@Table(name = "outbox_messages")
public class OutboxMessage {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "message_key", nullable = false, unique = true, length = 200)
    private String messageKey;

    /** The policy use the message serves (REFERRAL_INVITATION, PROMOTIONAL_EMAIL, ...). */
    @Column(name = "use_code", nullable = false, length = 40)
    private String use;

    /** Null once the message is finished and the address no longer needed, or erased. */
    @Column(length = 254)
    private String recipient;

    @Column(nullable = false, length = 60)
    private String template;

    /** The template's values as a JSON object. */
    @Column(nullable = false, length = 8000)
    private String model;

    @Column(length = 100)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Why it ended as it did, in words with no personal data. */
    @Column(length = 200)
    private String outcome;

    protected OutboxMessage() {
    }

    public OutboxMessage(String messageKey, String use, String recipient, String template, String model,
                         String reference, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.messageKey = messageKey;
        this.use = use;
        this.recipient = recipient;
        this.template = template;
        this.model = model;
        this.reference = reference;
        this.state = MailState.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public String id() {
        return id;
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

    public MailState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
