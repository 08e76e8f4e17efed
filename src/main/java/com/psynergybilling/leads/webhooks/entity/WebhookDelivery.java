package com.psynergybilling.leads.webhooks.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import com.psynergybilling.leads.platform.entity.Retries;
import com.psynergybilling.leads.platform.entity.Text;
import com.psynergybilling.leads.policy.entity.DisclosedData;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event for one endpoint: the outbox row, the disclosure it makes (R15: which categories of
 * whose data, for which purpose, under which policy version, acknowledged when) and, for an
 * erasure or opt-out, the record that the endpoint was told. Its id is the {@code webhook-id}, the
 * same on every attempt, so the receiver can drop repeats.
 */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery extends Identified {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "endpoint_id", nullable = false)
    private WebhookEndpoint endpoint;

    private String event;

    /** The JSON body; "{}" once the delivery has ended or the person was erased. */
    private String payload;

    /** Whose: null once erased. */
    private String personId;

    /** The keyed hash of the person's address; kept after erasure on the person.erased notice only. */
    private String addressHash;

    /** The demo request the event is about, if any. */
    private String recordId;

    /**
     * What the payload disclosed, by the policy's permit; no categories for a notice that carries no
     * personal data (null when the row sets none of its columns).
     */
    @Embedded
    private DisclosedData disclosed;

    /** What caused a notice (the erasure's cause, such as "privacy-request ID"). */
    private String reference;

    @Enumerated(EnumType.STRING)
    private DeliveryState state;

    @Embedded
    private Retries retries;

    private Instant createdAt;

    private Instant lastAttemptAt;

    /** When the endpoint answered 2xx. */
    private Instant acknowledgedAt;

    private Integer lastStatus;

    protected WebhookDelivery() {
    }

    /** What a delivery is about: whose, which record, and what it disclosed (null categories: nothing). */
    public record About(String personId, String addressHash, String recordId, List<String> categories, String purpose,
                        String policyVersion, String reference) {
    }

    public WebhookDelivery(WebhookEndpoint endpoint, String event, String payload, About about, Instant now) {
        super("msg_" + newId().replace("-", ""));
        this.endpoint = Objects.requireNonNull(endpoint);
        this.event = Objects.requireNonNull(event);
        this.payload = Objects.requireNonNull(payload);
        this.personId = about.personId();
        this.addressHash = about.addressHash();
        this.recordId = about.recordId();
        this.disclosed = new DisclosedData(about.categories(), about.purpose(), about.policyVersion());
        this.reference = Text.clip(about.reference(), 100);
        this.state = DeliveryState.QUEUED;
        this.retries = new Retries(now);
        this.createdAt = now;
    }

    public WebhookEndpoint endpoint() {
        return endpoint;
    }

    public String event() {
        return event;
    }

    public String payload() {
        return payload;
    }

    public String personId() {
        return personId;
    }

    public String addressHash() {
        return addressHash;
    }

    public String recordId() {
        return recordId;
    }

    /** Which categories went, for which purpose, under which policy version; no categories for a notice. */
    public DisclosedData disclosed() {
        return disclosed == null ? DisclosedData.NOTHING : disclosed;
    }

    public String reference() {
        return reference;
    }

    public DeliveryState state() {
        return state;
    }

    /** Its attempts, when it is due, and why it stands as it does. */
    public Retries retries() {
        return retries;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    /** Whether the endpoint may hold what this delivery carried: it was tried at least once. */
    public boolean reachedOrMay() {
        return retries.attempts() > 0 || state == DeliveryState.SENDING || state == DeliveryState.DELIVERED;
    }

    /** Not claimed yet: it waits for an earlier delivery about the same person, until {@code next}. */
    public void waitFor(Instant next) {
        retries.requeue(next, "waits for an earlier delivery about the same person");
    }

    /** Taken by one dispatcher round. */
    public void claim(Instant now) {
        if (state != DeliveryState.QUEUED) {
            throw new IllegalStateException("Only a queued delivery can be claimed, not a " + state + " one");
        }
        state = DeliveryState.SENDING;
        retries.claim(now);
    }

    /** The endpoint answered 2xx: acknowledged; the body is no longer needed. */
    public void delivered(int status, Instant now) {
        attempted(status, now);
        acknowledgedAt = now;
        finish(DeliveryState.DELIVERED, "acknowledged (HTTP " + status + ")");
    }

    /** A failed attempt ({@code status} null when no answer came), tried again at {@code next}. */
    public void retryAt(Instant next, Integer status, String reason, Instant now) {
        attempted(status, now);
        state = DeliveryState.QUEUED;
        retries.requeue(next, reason);
    }

    /** A failed last attempt: given up. */
    public void failed(Integer status, String reason, Instant now) {
        attempted(status, now);
        finish(DeliveryState.FAILED, reason);
    }

    /** Withdrawn before (another) attempt: the endpoint was removed or the person erased. */
    public void cancel(String reason) {
        if (state == DeliveryState.QUEUED) {
            finish(DeliveryState.CANCELLED, reason);
        }
    }

    /** The outcome of a delivery its endpoint's being disabled kept from going: a notice was not told. */
    public static String notSent(String event) {
        return (Events.ABOUT_THE_PERSON.contains(event) ? "not told" : "not sent") + ": endpoint disabled";
    }

    /** The endpoint answered 410 Gone to this attempt: not delivered, and nothing more goes there. */
    public void gone(int status, Instant now) {
        attempted(status, now);
        finish(DeliveryState.GONE, notSent(event) + " (it answered HTTP " + status + " Gone)");
    }

    /** A failed attempt whose endpoint meanwhile answered 410 to another: not tried again. */
    public void failedAsDisabled(Integer status, String reason, Instant now) {
        attempted(status, now);
        finish(DeliveryState.GONE, notSent(event) + " (" + reason + ")");
    }

    /** Not sent (or not again) because the endpoint is disabled: settled as not delivered. */
    public void endpointDisabled() {
        if (state == DeliveryState.QUEUED || state == DeliveryState.SENDING) {
            finish(DeliveryState.GONE, notSent(event));
        }
    }

    /** A round that stopped mid-send leaves it SENDING; it goes again with the same id. */
    public void requeue(Instant now) {
        if (erasedInFlight()) {
            finish(DeliveryState.CANCELLED, "DELETED while on its way: not tried again");
            forget();
        } else if (state == DeliveryState.SENDING) {
            state = DeliveryState.QUEUED;
            retries.requeue(now, retries.outcome());
        }
    }

    /**
     * Erasure (R20): the row forgets whose it was and what it carried; a person.erased notice keeps
     * the keyed hash, the record that this endpoint was told. One on its way keeps whose it was until
     * its answer is recorded (then {@link #forget} again), so that the erasure's notice to the same
     * endpoint waits for it; it is never tried again.
     */
    public void forget() {
        payload = "{}";
        recordId = null;
        if (!Events.ERASED.equals(event)) {
            addressHash = null;
        }
        if (state != DeliveryState.SENDING) {
            personId = null;
        }
    }

    /** Erased while on its way: what it carried is forgotten already ({@link #forget}). */
    public boolean erasedInFlight() {
        return state == DeliveryState.SENDING && "{}".equals(payload);
    }

    /** One more attempt, made at {@code now}, answered with {@code status} (null: no answer). */
    private void attempted(Integer status, Instant now) {
        retries.attempted();
        lastAttemptAt = now;
        lastStatus = status;
    }

    private void finish(DeliveryState end, String reason) {
        state = end;
        retries.release();
        retries.because(reason);
        payload = "{}";
        if (Events.ERASED.equals(event)) {
            // The notice has done its work: only the keyed hash says whose erasure it told.
            personId = null;
        }
    }
}
