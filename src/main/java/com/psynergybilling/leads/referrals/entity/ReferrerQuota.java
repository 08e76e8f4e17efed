package com.psynergybilling.leads.referrals.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * How many colleagues one referrer address (its keyed hash) has named in its current day, a 24-hour
 * window that starts with its first referral. Read under a row lock, so the cap holds across nodes.
 */
@Entity
@Table(name = "referrer_quotas")
public class ReferrerQuota {

    public static final Duration DAY = Duration.ofDays(1);

    @Id
    private String referrerHash;

    private Instant windowStart;

    private int colleagues;

    protected ReferrerQuota() {
    }

    public ReferrerQuota(String referrerHash, Instant now) {
        this.referrerHash = referrerHash;
        this.windowStart = now;
    }

    /**
     * Books {@code wanted} colleagues if the day's {@code cap} allows all of them; a referral is
     * taken whole or not at all, so nothing past the cap is ever stored or sent.
     */
    public boolean take(int wanted, int cap, Instant now) {
        if (!now.isBefore(windowStart.plus(DAY))) {
            windowStart = now;
            colleagues = 0;
        }
        if (wanted < 1 || colleagues + wanted > cap) {
            return false;
        }
        colleagues += wanted;
        return true;
    }

    public int colleagues() {
        return colleagues;
    }
}
