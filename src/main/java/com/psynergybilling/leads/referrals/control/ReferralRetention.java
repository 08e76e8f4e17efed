package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R10: a referred colleague's name and address are kept only {@code LEADS_REFERRAL_RETENTION_DAYS}
 * after their invitation was queued (the dispatcher sends within seconds; counting from the queueing
 * never keeps them longer), then deleted; the keyed hash stays.
 */
@ApplicationScoped
public class ReferralRetention {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Audited> audit;

    @Inject
    @ConfigProperty(name = "leads.referral.retention.days", defaultValue = "30")
    int days;

    @Inject
    Clock clock;

    public int batchSize() {
        return BATCH;
    }

    /** Erases one batch of colleagues past the retention; returns how many, so callers loop until 0. */
    public int eraseExpired() {
        Instant now = clock.instant();
        var expired = em.createQuery("select c from ReferredColleague c where c.invitationQueuedAt < :cutoff"
                        + " and c.name is not null", ReferredColleague.class)
                .setParameter("cutoff", now.minus(Duration.ofDays(days)))
                .setMaxResults(BATCH).getResultList();
        for (ReferredColleague colleague : expired) {
            colleague.erase(now);
            audit.fire(new Audited("retention", "REFERRAL_ERASED", colleague.addressHash(), null,
                    "referred-colleague " + colleague.id()));
        }
        return expired.size();
    }
}
