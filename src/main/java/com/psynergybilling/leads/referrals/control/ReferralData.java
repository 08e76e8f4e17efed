package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.referrals.entity.PendingColleague;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferrerQuota;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Referrals in the registry of personal data: a person as a referred colleague (found by the keyed
 * hash of their address) and as a referrer. A referrer's name and address are in their submission
 * (people); a referral itself holds only when it was made, and never tells a referrer who the
 * colleagues were (R6). Erasure forgets a colleague's name and address; the hash stays (R7, R9). A
 * colleague still waiting in an unconfirmed referral is deleted outright (nothing was sent, so no hash
 * needs to stay), and an erased referrer's unconfirmed referrals expire with their colleagues.
 */
@ApplicationScoped
public class ReferralData implements PersonalData {

    static final String HOLDER = "referrals";

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Referrals referrals;

    @Override
    public Holding describe() {
        return new Holding(HOLDER, Set.of("BASIC_IDENTIFIERS"), Set.of("REFERRAL_REFERRER", "REFERRAL_COLLEAGUE"),
                Set.of("REFERRALS"), Set.of("SERVICE_PROVIDERS"));
    }

    @Override
    public List<Piece> export(DataSubject subject, Instant since) {
        var pieces = new ArrayList<Piece>();
        referrals.find(subject.addressHashes()).filter(c -> c.name() != null)
                .ifPresent(colleague -> pieces.add(Pieces.collected(HOLDER, "REFERRED_COLLEAGUE",
                        colleague.collection(), Map.of("name", colleague.name(), "email", subject.email().value()))));
        for (PendingColleague pending : referrals.pending(subject.addressHashes())) {
            pieces.add(Pieces.collected(HOLDER, "REFERRED_COLLEAGUE_UNCONFIRMED", pending.collection(),
                    Map.of("name", pending.name(), "email", subject.email().value())));
        }
        for (ReferrerQuota quota : quotas(subject)) {
            pieces.add(Pieces.fact(HOLDER, "REFERRALS_TODAY", Moments.now(clock), Map.of("colleagues", quota.colleagues())));
        }
        for (Referral referral : made(subject)) {
            long colleagues = em.createQuery("select count(c) from ReferredColleague c where c.referral = :r",
                    Long.class).setParameter("r", referral).getSingleResult();
            pieces.add(Pieces.fact(HOLDER, "REFERRAL_MADE", referral.createdAt(), Map.of("colleagues", colleagues)));
        }
        return pieces;
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        var colleague = referrals.find(subject.addressHashes()).filter(c -> c.name() != null);
        colleague.ifPresent(c -> c.erase(now));
        var pending = referrals.pending(subject.addressHashes());
        pending.forEach(em::remove);
        int erased = (colleague.isPresent() ? 1 : 0) + pending.size();
        for (Referral referral : made(subject)) {
            if (!referral.confirmed()) {
                referral.expire(now);
                var theirs = em.createNamedQuery(PendingColleague.OF_REFERRAL, PendingColleague.class)
                        .setParameter("referral", referral).getResultList();
                theirs.forEach(em::remove);
                erased += theirs.size();
            }
        }
        for (ReferrerQuota quota : quotas(subject)) {
            em.remove(quota);
            erased++;
        }
        return erased;
    }

    /** The referrer's daily count, under whichever key of the ring it was kept. */
    private List<ReferrerQuota> quotas(DataSubject subject) {
        return subject.addressHashes().stream().map(hash -> em.find(ReferrerQuota.class, hash))
                .filter(Objects::nonNull).toList();
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Referral.class, ReferredColleague.class, PendingColleague.class, ReferrerQuota.class);
    }

    private List<Referral> made(DataSubject subject) {
        return PersonalData.ofPerson(em, subject,
                "select r from Referral r where r.referrer.person.id = :person order by r.createdAt", Referral.class);
    }
}
