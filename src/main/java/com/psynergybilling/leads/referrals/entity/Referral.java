package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.platform.entity.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who referred, through their own submission under the referrer form, and when. A referral waits for
 * its referrer's confirmation (the link mailed to the referrer's own address) until {@code confirmBy};
 * only a confirmed one invites anyone (R8), and an unconfirmed one expires with its colleagues' data.
 */
@Entity
@Table(name = "referrals")
public class Referral extends Identified {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "referrer_submission_id", nullable = false)
    private Submission referrer;

    private Instant createdAt;

    private Instant confirmBy;

    private Instant confirmedAt;

    private Instant expiredAt;

    protected Referral() {
    }

    public Referral(Submission referrer, Instant now, Instant confirmBy) {
        super(newId());
        this.referrer = referrer;
        this.createdAt = now;
        this.confirmBy = confirmBy;
    }

    /**
     * Whether the referrer's link may still confirm it: not confirmed, not expired, not past its time,
     * and made through a record that serves more than a legal obligation. A referrer whose records a
     * legal hold kept from erasure (R20), or who was reported as a minor (R4), has nothing sent in their
     * name: the referral is refused as if expired, and lapses with its link while the hold keeps the data.
     */
    public boolean awaitsConfirmation(Instant now) {
        return confirmedAt == null && expiredAt == null && (confirmBy == null || !now.isAfter(confirmBy))
                && inReferrersName();
    }

    /** Whether anything may still go out in the referrer's name: their record is not kept for an obligation only. */
    public boolean inReferrersName() {
        return !referrer.keptForObligationOnly();
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public void confirm(Instant now) {
        if (!awaitsConfirmation(now)) {
            throw new IllegalStateException("Only a referral that awaits confirmation can be confirmed");
        }
        confirmedAt = now;
    }

    /** The link ran out unused: nothing will be sent, and the colleagues' data goes. */
    public void expire(Instant now) {
        if (confirmedAt == null && expiredAt == null) {
            expiredAt = now;
        }
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Submission referrer() {
        return referrer;
    }
}
