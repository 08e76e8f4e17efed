package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.HeldAddresses;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.referrals.entity.Colleague;
import com.psynergybilling.leads.referrals.entity.PendingColleague;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R10: a referred colleague's name and address are kept only {@code LEADS_REFERRAL_RETENTION_DAYS}
 * after their invitation was queued (the dispatcher sends within seconds; counting from the queueing
 * never keeps them longer), then deleted; the keyed hash stays. A colleague whose address is under a
 * legal hold is kept until the hold is released (R20); one who asked to be removed while held goes at
 * the first run after the release.
 * <p>
 * A referral its referrer never confirmed expires when its link does, and its colleagues' names and
 * addresses are deleted with it: nothing was sent, so no hash needs to stay, and the colleague can
 * still get the one invitation from a genuine referral later. An address under a legal hold keeps its
 * data until the hold is released (R20), as erasure does.
 */
@ApplicationScoped
public class ReferralRetention {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Audited> audit;

    @Inject
    @ConfigProperty(name = "leads.referral.retention.days", defaultValue = Defaults.LEADS_REFERRAL_RETENTION_DAYS)
    int days;

    @Inject
    Clock clock;

    @Inject
    HeldAddresses holds;

    @Inject
    DoNotContactList doNotContact;

    public int batchSize() {
        return BATCH;
    }

    /**
     * Erases the colleagues past the retention among the next batch after id {@code after} (held ones
     * stay); returns the last id looked at, or null when the batch was the last, so callers walk on
     * past held colleagues instead of meeting them again.
     */
    public String eraseExpired(String after) {
        Instant now = Moments.now(clock);
        var expired = em.createQuery("select c from ReferredColleague c where (c.invitationQueuedAt < :cutoff"
                        + " or c.removedAt is not null) and c.name is not null and c.id > :after order by c.id", ReferredColleague.class)
                .setParameter("cutoff", now.minus(Duration.ofDays(days))).setParameter("after", after)
                .setMaxResults(BATCH).getResultList();
        return forgetUnheld(expired, "REFERRAL_ERASED", colleague -> colleague.erase(now),
                colleague -> "referred-colleague " + colleague.id());
    }

    /** Expires one batch of referrals whose link ran out unconfirmed; returns how many, so callers loop until a short batch. */
    public int expireLapsed() {
        Instant now = Moments.now(clock);
        var lapsed = em.createQuery("select r from Referral r where r.confirmedAt is null and r.expiredAt is null"
                        + " and r.confirmBy < :now", Referral.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
        lapsed.forEach(referral -> referral.expire(now));
        return lapsed.size();
    }

    /**
     * Deletes the colleagues of expired referrals, and the copies a hold kept past a confirmation, among
     * the next batch after id {@code after} (held ones stay, as in {@link #eraseExpired}); returns the
     * last id looked at, or null when the batch was the last.
     */
    public String deleteUnsent(String after) {
        // A confirmed referral's copy outlives the confirmation only when a hold kept it (Invitations).
        var unsent = em.createQuery("select c from PendingColleague c where (c.referral.expiredAt is not null"
                        + " or c.referral.confirmedAt is not null) and c.id > :after order by c.id", PendingColleague.class)
                .setParameter("after", after).setMaxResults(BATCH).getResultList();
        return forgetUnheld(unsent, "REFERRAL_EXPIRED", em::remove, colleague -> "referral " + colleague.referral().id());
    }

    /**
     * Forgets each colleague of {@code batch} whose address is under no legal hold and audits it as
     * {@code action} about {@code about}; returns the last id looked at, or null when the batch was the last.
     */
    private <C extends Colleague> String forgetUnheld(List<C> batch, String action, Consumer<C> forget,
                                                      Function<C, String> about) {
        var hashes = new HashMap<C, Set<String>>();
        batch.forEach(colleague -> hashes.put(colleague, hashes(colleague)));
        var held = holds.heldAmong(hashes.values().stream().flatMap(Set::stream).toList());
        for (C colleague : batch) {
            if (hashes.get(colleague).stream().noneMatch(held::contains)) {
                forget.accept(colleague);
                audit.fire(new Audited("retention", action, colleague.addressHash(), null, about.apply(colleague)));
            }
        }
        return batch.size() < BATCH ? null : batch.get(batch.size() - 1).id();
    }

    /**
     * The stored hash and the address's hashes under every key of the ring: a colleague stored before a
     * key rotation keeps the old key's hash until re-keyed, while a hold placed since is under the new one.
     */
    private Set<String> hashes(Colleague colleague) {
        var hashes = new HashSet<String>();
        hashes.add(colleague.addressHash());
        colleague.address().ifPresent(address -> hashes.addAll(doNotContact.hashes(address)));
        return hashes;
    }
}
