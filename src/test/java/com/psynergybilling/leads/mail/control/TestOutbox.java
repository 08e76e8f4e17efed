package com.psynergybilling.leads.mail.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** An {@link Outbox} on a given persistence context, for unit tests of other packages. */
public final class TestOutbox {

    private TestOutbox() {
    }

    public static Outbox on(EntityManager em) {
        var outbox = new Outbox();
        outbox.em = em;
        outbox.clock = Clock.systemUTC();
        return outbox;
    }
}
