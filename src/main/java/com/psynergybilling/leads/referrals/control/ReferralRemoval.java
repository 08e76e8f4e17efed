package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * R9: a referred colleague asks to be removed, by the invitation's link or by their address. Their
 * name and address are deleted and the keyed hash goes on the do-not-contact list. Known or not,
 * the work done and the answer given are the same.
 */
@ApplicationScoped
public class ReferralRemoval {

    static final String REASON = "REFERRAL_REMOVAL";

    @PersistenceContext
    EntityManager em;

    @Inject
    Referrals referrals;

    @Inject
    RemovalTokens tokens;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    Event<Audited> audit;

    public void byToken(String token, Instant now) {
        tokens.colleagueId(token)
                .map(id -> em.find(ReferredColleague.class, id))
                .ifPresent(colleague -> remove(colleague.addressHash(), Optional.of(colleague), now));
    }

    public void byAddress(EmailAddress address, Instant now) {
        var colleague = referrals.find(doNotContact.hashes(address));
        remove(colleague.map(ReferredColleague::addressHash).orElseGet(() -> doNotContact.hash(address)), colleague, now);
    }

    private void remove(String hash, Optional<ReferredColleague> colleague, Instant now) {
        colleague.filter(c -> c.name() != null).ifPresent(c -> {
            c.remove(now);
            audit.fire(new Audited("referred-colleague", "REFERRAL_REMOVED", hash, null,
                    "referred-colleague " + c.id()));
        });
        doNotContact.add(hash, REASON, now);
    }
}
