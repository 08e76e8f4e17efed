package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.HeldAddresses;
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
 * never keeps them longer), then deleted; the keyed hash stays. A colleague whose address is under a
 * legal hold is kept until the hold is released (R20); one who asked to be removed while held goes at
 * the first run after the release.
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

    @Inject
    HeldAddresses holds;

    /**
     * Erases the colleagues past the retention among the next batch after id {@code after} (held ones
     * stay); returns the last id looked at, or null when the batch was the last, so callers walk on
     * past held colleagues instead of meeting them again.
     */
    public String eraseExpired(String after) {
        Instant now = clock.instant();
        var expired = em.createQuery("select c from ReferredColleague c where (c.invitationQueuedAt < :cutoff"
                        + " or c.removedAt is not null) and c.name is not null and c.id > :after order by c.id", ReferredColleague.class)
                .setParameter("cutoff", now.minus(Duration.ofDays(days))).setParameter("after", after)
                .setMaxResults(BATCH).getResultList();
        var held = holds.heldAmong(expired.stream().map(ReferredColleague::addressHash).toList());
        for (ReferredColleague colleague : expired) {
            if (held.contains(colleague.addressHash())) {
                continue;
            }
            colleague.erase(now);
            audit.fire(new Audited("retention", "REFERRAL_ERASED", colleague.addressHash(), null,
                    "referred-colleague " + colleague.id()));
        }
        return expired.size() < BATCH ? null : expired.get(expired.size() - 1).id();
    }
}
