package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.platform.entity.Identified;
import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One privacy request, its clocks (R23) and its outcome. The requester's own data (address, name,
 * state, corrections, agent) carries the request's collection record (R1). When the person is erased
 * it goes, with the keyed hash and every free text (the officer's words, reasons): what the record-keeping
 * duty needs stays, the type, the dates and the outcome, not who asked (R20).
 */
@Entity
@Table(name = "privacy_requests")
public class PrivacyRequest extends Identified {

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type")
    private PrivacyRequestType type;
    @Enumerated(EnumType.STRING)
    private PrivacyRequestStatus status;
    private String addressHash;
    @Embedded
    private Requester requester;
    @Embedded
    private Collection collection;
    @Embedded
    private Clocks clocks;
    @Embedded
    private Outcome outcome;

    protected PrivacyRequest() {
    }

    public PrivacyRequest(PrivacyRequestType type, String addressHash, Requester requester, Collection collection,
                          Instant received) {
        super(newId());
        this.type = type;
        this.status = PrivacyRequestStatus.PENDING_VERIFICATION;
        this.addressHash = addressHash;
        this.requester = requester;
        this.collection = collection;
        this.clocks = new Clocks(received);
        this.outcome = new Outcome();
    }

    /** The requester proved control of the address (R17); what happens next depends on the request. */
    public void verified(PrivacyRequestStatus next, Instant now) {
        clocks.verified(now);
        status = next;
    }

    public boolean pendingVerification() {
        return status == PrivacyRequestStatus.PENDING_VERIFICATION;
    }

    /** The answer: the request's own, or the appeal's when the requester appealed. */
    public void decide(boolean fulfilled, String exception, String message, String by, Instant now) {
        if (!PrivacyRequestStatus.DECIDABLE.contains(status)) {
            throw new IllegalStateException("A " + status + " request has been answered");
        }
        boolean appeal = status == PrivacyRequestStatus.APPEALED;
        outcome().decided(fulfilled, exception, message, by, now);
        status = appeal ? (fulfilled ? PrivacyRequestStatus.APPEAL_FULFILLED : PrivacyRequestStatus.APPEAL_DENIED)
                : (fulfilled ? PrivacyRequestStatus.FULFILLED : PrivacyRequestStatus.DENIED);
    }

    public void referredToProvider(String message, String by, Instant now) {
        outcome().decided(true, null, message, by, now);
        status = PrivacyRequestStatus.REFERRED_TO_PROVIDER;
    }

    /** An appeal is open to residents of CO, CT and VA, once, after a decision (R22). */
    public boolean appealable() {
        return (status == PrivacyRequestStatus.FULFILLED || status == PrivacyRequestStatus.DENIED)
                && clocks.appealedAt() == null && Deadlines.mayAppeal(requester().stateOfResidence())
                && requester().email() != null;
    }

    public void appeal(String reason, Instant now) {
        if (!appealable()) {
            throw new IllegalStateException("This request cannot be appealed");
        }
        clocks.appealed(reason, Deadlines.appealDueAt(requester().stateOfResidence(), now).orElseThrow(), now);
        status = PrivacyRequestStatus.APPEALED;
    }

    /**
     * Nobody followed the link before it expired: nothing is done (R17), and what the request held
     * about someone who never proved it was theirs goes too, unless a legal hold on the address keeps
     * it (R20). False when the request was verified.
     */
    public boolean lapse(Instant now, boolean held) {
        if (!pendingVerification()) {
            return false;
        }
        status = PrivacyRequestStatus.UNVERIFIED;
        if (!held) {
            forgetRequester(now);
        }
        return true;
    }

    /**
     * The person's data was erased while this request still waited for an answer (R20, R27): there is
     * nothing left to act on, so it is closed rather than left open and overdue for ever.
     */
    public void superseded(String by, Instant now) {
        outcome().superseded(by, now);
        status = PrivacyRequestStatus.SUPERSEDED;
    }

    /** The person was erased: their data on the request goes, the record of the request stays (R20). */
    public void forgetRequester(Instant now) {
        requester = null;
        addressHash = null;
        clocks.forgotten(now);
        outcome().forgotten();
    }

    /** Whether the requester was forgotten: nothing written to the request since may name them. */
    public boolean forgotten() {
        return clocks.erasedAt() != null;
    }

    public boolean overdue(Instant now) {
        return clocks.overdue(status, now);
    }

    public PrivacyRequestType type() {
        return type;
    }

    public PrivacyRequestStatus status() {
        return status;
    }

    /** The keyed hash of the requester's address; null once they were forgotten. */
    public String addressHash() {
        return addressHash;
    }

    /** EclipseLink reads an embeddable of null columns as null: an erased requester is an empty one. */
    public Requester requester() {
        return requester == null ? new Requester() : requester;
    }

    public Collection collection() {
        return collection;
    }

    public Clocks clocks() {
        return clocks;
    }

    public Outcome outcome() {
        if (outcome == null) {
            outcome = new Outcome();
        }
        return outcome;
    }
}
