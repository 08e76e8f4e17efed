package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.referrals.entity.ColleagueForm;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records a referral and queues each new colleague's one invitation (R7) in the same transaction.
 * A colleague already referred, or on the do-not-contact list, is passed over in silence: the
 * caller's answer is the same whatever became of each one.
 */
@ApplicationScoped
public class Referrals {

    static final String COLLEAGUE_FORM = "REFERRAL_COLLEAGUE";
    static final String INVITATION = "referral-invitation";
    private static final Logger LOG = Logger.getLogger(Referrals.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyBook policies;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    Outbox outbox;

    @Inject
    RemovalTokens tokens;

    @Inject
    @ConfigProperty(name = "leads.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public Referral refer(Submission referrer, List<ColleagueForm> colleagues, Instant now) {
        var referral = new Referral(referrer, now);
        em.persist(referral);
        for (ColleagueForm colleague : colleagues) {
            invite(referral, colleague, now);
        }
        return referral;
    }

    private void invite(Referral referral, ColleagueForm form, Instant now) {
        EmailAddress address = EmailAddress.of(form.email);
        var known = doNotContact.hashes(address);
        if (doNotContact.containsAny(known) || find(known).isPresent()) {
            return;
        }
        String hash = known.get(0);
        var collection = policies.current().collect(COLLEAGUE_FORM, List.of("name", "email"), false, now);
        var colleague = new ReferredColleague(referral, hash, form.name, address, collection);
        em.persist(colleague);
        if (!(policies.judge(Uses.REFERRAL_INVITATION, collection) instanceof Permit permit)) {
            LOG.warning("The policy in force does not permit referral invitations; none queued");
            return;
        }
        var model = new LinkedHashMap<String, String>();
        model.put("referrerName", referral.referrer().fullName());
        model.put("colleagueName", form.name);
        model.put("removeUrl", publicUrl.replaceAll("/+$", "") + "/referrals/remove?token=" + tokens.token(colleague.id()));
        outbox.queue(permit, new Envelope("referral-invitation:" + hash, address, INVITATION, model,
                reference(colleague)));
        colleague.invitationQueued(now);
    }

    /** The colleague stored under any of an address's hashes (one per key of the ring). */
    public Optional<ReferredColleague> find(Collection<String> addressHashes) {
        return em.createNamedQuery(ReferredColleague.BY_HASH, ReferredColleague.class)
                .setParameter("hashes", List.copyOf(addressHashes)).getResultStream().findFirst();
    }

    /** How an outbox message names the colleague it invites. */
    public static String reference(ReferredColleague colleague) {
        return REFERENCE_PREFIX + colleague.id();
    }

    public static final String REFERENCE_PREFIX = "referred-colleague:";
}
