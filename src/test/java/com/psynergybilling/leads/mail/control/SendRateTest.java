package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** LEADS_MAIL_RATE's arithmetic: each message books 1/rate s; the bookings may run one second ahead. */
class SendRateTest {

    private static final long SECOND = 1_000_000L;

    @Test
    void aSecondsWorthAtOnceThenTheRate() {
        var first = SendRate.grant(0, 10 * SECOND, 80, 50);
        assertEquals(50, first.allowed(), "a burst of one second's worth");
        assertEquals(11 * SECOND, first.nextFree());
        assertEquals(0, SendRate.grant(first.nextFree(), 10 * SECOND, 10, 50).allowed(), "nothing more this instant");
        assertEquals(5, SendRate.grant(first.nextFree(), 10 * SECOND + SECOND / 10, 10, 50).allowed(),
                "a tenth of a second later, a tenth of the rate");
        assertEquals(3, SendRate.grant(0, 10 * SECOND, 3, 50).allowed(), "never more than wanted");
    }
}
