package com.psynergybilling.leads.webhooks.entity;

import com.psynergybilling.leads.platform.entity.CommaList;
import com.psynergybilling.leads.platform.entity.Identified;
import com.psynergybilling.leads.platform.entity.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A receiver of webhooks, a service provider (a CRM). The secret is kept as issued because every
 * delivery is signed with it; it leaves the service once, in the answer that creates the endpoint.
 * A removed endpoint keeps its row (the disclosure log names it) but not its secret. One that
 * answered 410 Gone is disabled: listed, kept with its secret, sent nothing more.
 */
@Entity
@Table(name = "webhook_endpoints")
public class WebhookEndpoint extends Identified {

    public static final String ACTIVE = "ACTIVE";
    public static final String DISABLED = "DISABLED";

    private String name;

    private String url;

    private String events;

    private String secret;

    private String createdBy;

    private Instant createdAt;

    private Instant removedAt;

    /** ACTIVE, or DISABLED once it answered 410 Gone. */
    private String status = ACTIVE;

    private Instant disabledAt;

    private String disabledReason;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(String name, String url, List<String> events, String secret, String createdBy, Instant now) {
        super(newId());
        this.name = Objects.requireNonNull(name);
        this.url = Objects.requireNonNull(url);
        this.events = CommaList.join(events);
        this.secret = Objects.requireNonNull(secret);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public List<String> events() {
        return CommaList.split(events);
    }

    public boolean listens(String event) {
        return events().contains(event);
    }

    public String secret() {
        return secret;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean active() {
        return removedAt == null;
    }

    /** Nothing more goes to it; its secret is forgotten. */
    public void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
        secret = null;
    }

    public String status() {
        return status;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public String disabledReason() {
        return disabledReason;
    }

    /** Whether deliveries go to it: listed and not disabled. */
    public boolean receives() {
        return active() && !DISABLED.equals(status);
    }

    /** It said it is gone (410): nothing more goes to it. Answers whether this call disabled it. */
    public boolean disable(String reason, Instant now) {
        if (DISABLED.equals(status)) {
            return false;
        }
        status = DISABLED;
        disabledAt = now;
        disabledReason = Text.clip(reason, 200);
        return true;
    }
}
