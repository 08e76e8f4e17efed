package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.referrals.entity.ReferrerQuota;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily cap on colleagues per referrer address ({@code LEADS_REFERRALS_PER_REFERRER_DAY}),
 * counted in the database under the keyed hash of the address and read under a row lock, so it holds
 * across nodes. Two first posts of one address that race both insert; the loser's transaction fails
 * on the primary key and the intake's retry finds the winner's row.
 */
@ApplicationScoped
public class ReferrerQuotas {

    @PersistenceContext
    EntityManager em;

    @Inject
    DoNotContactList hashes;

    @Inject
    @ConfigProperty(name = "leads.referrals.per.referrer.day", defaultValue = Defaults.LEADS_REFERRALS_PER_REFERRER_DAY)
    int perDay;

    /** Whether {@code referrer} may name {@code colleagues} more today; if so, they are booked. */
    public boolean admit(EmailAddress referrer, int colleagues, Instant now) {
        String hash = hashes.hash(referrer);
        var quota = em.find(ReferrerQuota.class, hash, LockModeType.PESSIMISTIC_WRITE);
        if (quota == null) {
            quota = new ReferrerQuota(hash, now);
            em.persist(quota);
            em.flush();
        }
        return quota.take(colleagues, perDay, now);
    }

    /** Quotas whose day is over hold nothing any post still needs: they go, as a keyed hash should. */
    public int forgetOld(Instant now, int max) {
        var old = em.createQuery("select q from ReferrerQuota q where q.windowStart < :cutoff", ReferrerQuota.class)
                .setParameter("cutoff", now.minus(ReferrerQuota.DAY)).setMaxResults(max).getResultList();
        old.forEach(em::remove);
        return old.size();
    }
}
