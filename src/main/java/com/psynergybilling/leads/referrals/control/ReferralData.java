package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Referrals in the registry of personal data: a person as a referred colleague (found by the keyed
 * hash of their address) and as a referrer. A referrer's name and address are in their submission
 * (people); a referral itself holds only when it was made, and never tells a referrer who the
 * colleagues were (R6). Erasure forgets a colleague's name and address; the hash stays (R7, R9).
 */
@ApplicationScoped
public class ReferralData implements PersonalData {

    static final String HOLDER = "referrals";

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
    public JsonArray export(DataSubject subject, Instant since) {
        var pieces = Pieces.JSON.createArrayBuilder();
        referrals.find(subject.addressHashes()).filter(c -> c.name() != null)
                .filter(c -> !c.collection().collectedAt().isBefore(since))
                .ifPresent(colleague -> pieces.add(Pieces.collected(HOLDER, "REFERRED_COLLEAGUE",
                        colleague.collection(), Map.of("name", colleague.name(), "email", subject.email().value()))));
        for (Referral referral : made(subject)) {
            if (!referral.createdAt().isBefore(since)) {
                long colleagues = em.createQuery("select count(c) from ReferredColleague c where c.referral = :r",
                        Long.class).setParameter("r", referral).getSingleResult();
                pieces.add(Pieces.fact(HOLDER, "REFERRAL_MADE", referral.createdAt(), Map.of("colleagues", colleagues)));
            }
        }
        return pieces.build();
    }

    @Override
    public int erase(DataSubject subject, Instant now) {
        var colleague = referrals.find(subject.addressHashes()).filter(c -> c.name() != null);
        colleague.ifPresent(c -> c.erase(now));
        return colleague.isPresent() ? 1 : 0;
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Referral.class, ReferredColleague.class);
    }

    private List<Referral> made(DataSubject subject) {
        return subject.personId().map(id -> em.createQuery(
                        "select r from Referral r where r.referrer.person.id = :person order by r.createdAt", Referral.class)
                .setParameter("person", id).getResultList()).orElse(List.of());
    }
}
