package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.HeldAddresses;
import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.referrals.entity.PendingColleague;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.logging.Logger;

/**
 * The referrer confirmed (R8): each colleague of the referral who was never invited gets the one
 * invitation (R7), queued in the same transaction as the referred colleague's row whose unique keyed
 * hash makes a second one impossible across retries and nodes. The pending copy goes either way,
 * unless it is not invited and a legal hold keeps its address's data (R20): then the retention deletes
 * it once the hold is released.
 */
@ApplicationScoped
public class Invitations {

    static final String INVITATION = "referral-invitation";
    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyBook policies;

    @Inject
    Outbox outbox;

    @Inject
    Referrals referrals;

    @Inject
    ReferralTokens tokens;

    @Inject
    PublicUrl publicUrl;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    HeldAddresses holds;

    /** Confirms {@code referral} (which must await confirmation) and queues its invitations. */
    public int send(Referral referral, Instant now) {
        referral.confirm(now);
        int queued = 0;
        for (PendingColleague pending : em.createNamedQuery(PendingColleague.OF_REFERRAL, PendingColleague.class)
                .setParameter("referral", referral).getResultList()) {
            if (invite(referral, pending, now)) {
                queued++;
            } else if (!holds.heldAmong(doNotContact.hashes(pending.email())).isEmpty()) {
                continue;
            }
            em.remove(pending);
        }
        return queued;
    }

    private boolean invite(Referral referral, PendingColleague pending, Instant now) {
        String hash = pending.addressHash();
        String referrerName = referral.referrer().fullName();
        if (referrerName == null || !referrals.invitable(pending.email())) {
            return false;
        }
        Collection given = pending.collection();
        var collection = new Collection(given.sourceForm(), given.categories(), given.purposes(), given.policyVersion(),
                given.collectedAt());
        // Judged before anything is kept: a colleague never invited would never reach the retention (R10).
        if (!(policies.judge(Uses.REFERRAL_INVITATION, collection) instanceof Permit permit)) {
            LOG.warning("The policy in force does not permit referral invitations; none queued");
            return false;
        }
        var colleague = new ReferredColleague(referral, hash, pending.name(), pending.email(), collection);
        em.persist(colleague);
        var model = new LinkedHashMap<String, String>();
        model.put("referrerName", referrerName);
        model.put("colleagueName", pending.name());
        model.put("removeUrl", publicUrl.of("/referrals/remove?token=" + tokens.removalToken(colleague.id())));
        outbox.queue(permit, new Envelope("referral-invitation:" + hash, pending.email(), INVITATION, model,
                Referrals.reference(colleague)));
        colleague.invitationQueued(now);
        return true;
    }
}
