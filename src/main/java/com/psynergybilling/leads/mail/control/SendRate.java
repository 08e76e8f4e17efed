package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.platform.control.Defaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code LEADS_MAIL_RATE} promotional messages per second for all nodes together, kept in the
 * database (a generic cell rate on one locked row): it holds whether or not the nodes cluster, and a
 * claim already takes a row lock or two. Allows a burst of one second's worth.
 */
@ApplicationScoped
public class SendRate {

    static final String PROMOTIONAL = "PROMOTIONAL";
    private static final long MICROS = 1_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "leads.mail.rate", defaultValue = Defaults.LEADS_MAIL_RATE)
    int perSecond;

    /** How many of {@code wanted} promotions may be claimed now, taken in the caller's transaction. */
    public int take(int wanted, Instant now) {
        if (wanted <= 0) {
            return 0;
        }
        Number stored = (Number) em.createNativeQuery(
                        "SELECT next_free_micros FROM mail_rate WHERE name = ?1 FOR UPDATE")
                .setParameter(1, PROMOTIONAL).getSingleResult();
        long nowMicros = now.getEpochSecond() * MICROS + now.getNano() / 1000;
        var grant = grant(stored.longValue(), nowMicros, wanted, Math.max(1, perSecond));
        if (grant.allowed() > 0) {
            em.createNativeQuery("UPDATE mail_rate SET next_free_micros = ?1 WHERE name = ?2")
                    .setParameter(1, grant.nextFree()).setParameter(2, PROMOTIONAL).executeUpdate();
        }
        return grant.allowed();
    }

    record Grant(int allowed, long nextFree) {
    }

    /** The arithmetic: each message books 1/rate seconds; the booked time may run one second ahead. */
    static Grant grant(long nextFree, long now, int wanted, int perSecond) {
        long start = Math.max(nextFree, now);
        long interval = MICROS / perSecond;
        long room = now + MICROS - start;
        int allowed = (int) Math.min(wanted, Math.max(0, room / Math.max(1, interval)));
        return new Grant(allowed, start + allowed * interval);
    }
}
