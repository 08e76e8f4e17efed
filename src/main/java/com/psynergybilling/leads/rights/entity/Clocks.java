package com.psynergybilling.leads.rights.entity;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A request's clocks (R23): received, confirm-by (10 business days), due (45 days, extendable once by
 * 45 days with notice), and an appeal's own due date (R22).
 */
@Embeddable
public class Clocks {

    private Instant receivedAt;
    private Instant confirmBy;
    private Instant dueAt;
    private Instant extendedAt;
    private String extensionReason;
    private Instant verifiedAt;
    private Instant appealedAt;
    private String appealReason;
    private Instant appealDueAt;
    private Instant erasedAt;

    protected Clocks() {
    }

    Clocks(Instant received) {
        receivedAt = received;
        confirmBy = Deadlines.confirmBy(received);
        dueAt = Deadlines.dueAt(received);
    }

    void verified(Instant now) {
        verifiedAt = now;
    }

    /** One extension, ever, by 45 days, made before the first due date passes; whether this one was granted. */
    public boolean extend(String reason, Instant now) {
        if (extendedAt != null || now.isAfter(dueAt)) {
            return false;
        }
        extendedAt = now;
        extensionReason = reason;
        dueAt = dueAt.plus(Deadlines.EXTENSION);
        return true;
    }

    void appealed(String reason, Instant due, Instant now) {
        appealedAt = now;
        appealReason = reason;
        appealDueAt = due;
    }

    /** The requester's and the officer's words may name the person: they go on erasure (R20). */
    void forgotten(Instant now) {
        erasedAt = now;
        appealReason = null;
        extensionReason = null;
    }

    boolean overdue(PrivacyRequestStatus status, Instant now) {
        return PrivacyRequestStatus.OPEN.contains(status) && now.isAfter(dueAt)
                || status == PrivacyRequestStatus.APPEALED && now.isAfter(appealDueAt);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant confirmBy() {
        return confirmBy;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant extendedAt() {
        return extendedAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public Instant appealedAt() {
        return appealedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public Instant appealDueAt() {
        return appealDueAt;
    }
}
