package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.HeldAddresses;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import com.psynergybilling.leads.referrals.entity.RemovalRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * R9: a referred colleague asks to be removed, by the invitation's link or by their address.
 * <p>
 * The request is only recorded when it arrives ({@link #receive}): a keyed hash or a signed id and an
 * insert, the same work whether or not anyone is known, so neither the answer nor its timing tells a
 * stranger anything. The removal job carries it out after ({@link #carryOutBatch}): the colleague's
 * name and address are deleted and the address is barred from invitations, and from nothing else,
 * since anyone may type anyone's address. A lead's promotions or sharing change only when the
 * address's owner confirms through the link mailed to it ({@link RemovalConfirmations}). Every
 * removal is audited.
 * <p>
 * Under a legal hold (R20) the name and address stay until it is released (the retention then deletes
 * them), and so do the copies waiting in unconfirmed referrals; the address is barred from invitations
 * at once all the same.
 */
@ApplicationScoped
public class ReferralRemoval {

    static final String REASON = "REFERRAL_REMOVAL";
    static final String ACTOR = "referral-removal";
    static final int BATCH = 100;

    /** Oldest first; rows another node holds are skipped, so each request is carried out once. */
    private static final String CLAIM = "select id from referral_removal_requests order by received_at"
            + " fetch first " + BATCH + " rows only for update skip locked";

    @PersistenceContext
    EntityManager em;

    @Inject
    Referrals referrals;

    @Inject
    ReferralTokens tokens;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    HeldAddresses holds;

    @Inject
    RemovalConfirmations confirmations;

    @Inject
    Event<Audited> audit;

    /**
     * Records what was posted: the colleague a genuine link names, and the address's hashes under every
     * key of the ring (a colleague or a lead stored before a key rotation may not be re-keyed yet).
     */
    public void receive(String token, EmailAddress address, Instant now) {
        if (token != null) {
            tokens.colleagueId(token).ifPresent(id -> em.persist(RemovalRequest.byLink(id, now)));
        }
        if (address != null) {
            em.persist(RemovalRequest.byAddress(doNotContact.hashes(address), now));
        }
    }

    public int batchSize() {
        return BATCH;
    }

    /** Carries out up to a batch of recorded removals and forgets them; returns how many. */
    @SuppressWarnings("unchecked")
    public int carryOutBatch(Instant now) {
        List<Object> ids = em.createNativeQuery(CLAIM).getResultList();
        for (Object id : ids) {
            RemovalRequest request = em.find(RemovalRequest.class, id.toString());
            carryOut(request, now);
            em.remove(request);
        }
        return ids.size();
    }

    private void carryOut(RemovalRequest request, Instant now) {
        boolean byAddress = !request.addressHashes().isEmpty();
        Optional<ReferredColleague> colleague = byAddress ? referrals.find(request.addressHashes())
                : request.colleagueId().map(id -> em.find(ReferredColleague.class, id));
        List<String> hashes = byAddress ? request.addressHashes() : colleague.map(this::hashes).orElse(List.of());
        if (hashes.isEmpty()) {
            return;
        }
        String hash = hashes.get(0);
        var withData = colleague.filter(c -> c.name() != null);
        boolean underHold = !holds.heldAmong(hashes).isEmpty();
        withData.ifPresent(c -> {
            if (underHold) {
                c.removeHeld(now);
            } else {
                c.remove(now);
            }
        });
        // A colleague also waiting in unconfirmed referrals: that copy goes too, and nobody will invite them.
        // Under a hold it waits like the rest (R20): the barred address is never invited, and the
        // retention deletes the copy once the hold is released.
        if (!underHold) {
            referrals.pending(hashes).forEach(em::remove);
        }
        doNotContact.add(hash, EnumSet.of(Suppression.NO_INVITATIONS), REASON, now);
        // Only the address's owner may stop more than invitations: a letter asks them, when they are a lead.
        boolean offered = byAddress && confirmations.offer(hashes, underHold && withData.isPresent(), now);
        audit.fire(new Audited(ACTOR, underHold ? "REFERRAL_REMOVAL_HELD" : "REFERRAL_REMOVED", hash, "REFERRALS",
                "removal " + request.id() + (byAddress ? " by address" : " by link")
                + withData.map(c -> ": referred-colleague " + c.id() + (underHold ? " kept under a legal hold" : " deleted"))
                        .orElse(": no colleague data held")
                + (offered ? "; confirmation letter queued" : "")));
    }

    /**
     * A linked colleague's hashes under every key while its address is held (it may be stored under an
     * older key than a hold or a lead of the same address); the stored hash alone once it is forgotten.
     */
    private List<String> hashes(ReferredColleague colleague) {
        return colleague.email().map(doNotContact::hashes).orElse(List.of(colleague.addressHash()));
    }
}
