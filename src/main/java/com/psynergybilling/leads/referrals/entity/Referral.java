package com.psynergybilling.leads.referrals.entity;

import com.psynergybilling.leads.people.entity.Submission;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who referred, through their own submission under the referrer form, and when. */
@Entity
@Table(name = "referrals")
public class Referral {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "referrer_submission_id", nullable = false)
    private Submission referrer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Referral() {
    }

    public Referral(Submission referrer, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.referrer = referrer;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Submission referrer() {
        return referrer;
    }
}
