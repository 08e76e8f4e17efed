package com.psynergybilling.leads.referrals.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferrerQuotaTest {

    static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    @DisplayName("A referrer address names at most the cap's colleagues a day; a referral past it is taken not at all")
    void theCapHoldsWithinTheDay() {
        var quota = new ReferrerQuota("h".repeat(64), START);
        assertTrue(quota.take(5, 10, START));
        assertTrue(quota.take(4, 10, START.plusSeconds(60)));
        assertFalse(quota.take(2, 10, START.plusSeconds(120)), "9 + 2 is past 10: refused whole");
        assertEquals(9, quota.colleagues(), "a refused referral books nothing");
        assertTrue(quota.take(1, 10, START.plusSeconds(180)));
        assertFalse(quota.take(1, 10, START.plus(Duration.ofHours(23))), "the day is full");
        assertEquals(10, quota.colleagues());
    }

    @Test
    @DisplayName("A new day starts when the last one is over")
    void aNewDayStartsAfterTwentyFourHours() {
        var quota = new ReferrerQuota("h".repeat(64), START);
        assertTrue(quota.take(10, 10, START));
        assertFalse(quota.take(1, 10, START.plus(ReferrerQuota.DAY).minusSeconds(1)));
        assertTrue(quota.take(5, 10, START.plus(ReferrerQuota.DAY)));
        assertEquals(5, quota.colleagues());
        assertFalse(quota.take(6, 10, START.plus(ReferrerQuota.DAY).plusSeconds(1)));
    }

    @Test
    @DisplayName("A referral larger than the whole cap is never taken")
    void moreThanTheCapAtOnce() {
        var quota = new ReferrerQuota("h".repeat(64), START);
        assertFalse(quota.take(5, 4, START));
        assertEquals(0, quota.colleagues());
        assertFalse(quota.take(1, 0, START), "a cap of 0 turns referrals off");
    }
}
