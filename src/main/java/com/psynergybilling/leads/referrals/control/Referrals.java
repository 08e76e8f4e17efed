package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.control.ReceiptLinks;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.referrals.entity.ColleagueForm;
import com.psynergybilling.leads.referrals.entity.PendingColleague;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records a referral, which then waits for its referrer (R8): the colleagues are kept as pending and
 * the referrer's own address gets a link to confirm; nobody is invited before that (see
 * {@link Invitations}). A colleague already invited, or on the do-not-contact list, is not even kept,
 * yet the referrer's mail lists every colleague as given: neither the answer nor the mail tells
 * whether an address was known.
 */
@ApplicationScoped
public class Referrals {

    static final String COLLEAGUE_FORM = "REFERRAL_COLLEAGUE";
    static final String CONFIRMATION = "referral-confirmation";
    /** How an outbox message names the referral whose confirmation it asks for. */
    static final String REFERRAL_PREFIX = "referral:";
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
    ReferralTokens tokens;

    @Inject
    PublicUrl publicUrl;

    @Inject
    @ConfigProperty(name = "leads.referral.confirm.hours", defaultValue = Defaults.LEADS_REFERRAL_CONFIRM_HOURS)
    int confirmHours;

    @Inject
    ReceiptLinks receiptLinks;

    @Inject
    People people;

    /**
     * A referral refused over the referrer's daily cap stores nothing, but a Global Privacy Control
     * signal sent with it is an opt-out of sale and sharing all the same, which must not be lost (R5).
     */
    public void refusedOverCap(EmailAddress referrer, boolean gpc, Instant now) {
        if (gpc) {
            people.optOutOfSaleAndSharing(referrer, "GPC", now);
        }
    }

    public Referral refer(Submission referrer, List<ColleagueForm> colleagues, Instant now) {
        var referral = new Referral(referrer, now, now.plus(Duration.ofHours(confirmHours)));
        em.persist(referral);
        var seen = new HashSet<String>();
        for (ColleagueForm colleague : colleagues) {
            EmailAddress address = EmailAddress.of(colleague.email);
            String hash = doNotContact.hash(address);
            if (seen.add(hash) && invitable(address)) {
                var collection = policies.current().collect(COLLEAGUE_FORM, List.of("name", "email"), false, now);
                em.persist(new PendingColleague(referral, hash, colleague.name, address, collection));
            }
        }
        askReferrer(referral, colleagues);
        return referral;
    }

    /**
     * The confirmation goes to the referrer's own address only, under the referral's use of the
     * referrer's data (the policy's Referrals purpose: acting for the referrer); the do-not-contact
     * list holds it back like an invitation, so a stranger's post cannot mail an address that asked
     * for no mail. It says what will be sent to whom; every value is escaped in its HTML.
     */
    private void askReferrer(Referral referral, List<ColleagueForm> colleagues) {
        Submission referrer = referral.referrer();
        if (!(policies.judge(Uses.REFERRAL_INVITATION, referrer.collection()) instanceof Permit permit)) {
            LOG.warning("The policy in force does not permit referral mail; no confirmation queued");
            return;
        }
        var model = new LinkedHashMap<String, String>();
        model.put("referrerName", referrer.fullName());
        for (int i = 0; i < colleagues.size(); i++) {
            model.put("colleague" + (i + 1), colleagues.get(i).name + " <" + EmailAddress.of(colleagues.get(i).email).value() + ">");
        }
        model.put("hours", String.valueOf(confirmHours));
        model.put("confirmUrl", publicUrl.of("/referrals/confirm?token=" + tokens.confirmationToken(referral.id())));
        model.put("receiptUrl", receiptLinks.url(referrer));
        outbox.queue(permit, new Envelope("referral-confirmation:" + referral.id(), referrer.person().email(),
                CONFIRMATION, model, REFERRAL_PREFIX + referral.id()));
    }

    /**
     * Whether the address may still get the one invitation: not barred, never invited, and not a person's
     * whose records a legal hold kept from an erasure, under any key of the ring (a colleague invited
     * before a key rotation and since forgotten keeps the old key's hash).
     */
    boolean invitable(EmailAddress address) {
        var hashes = doNotContact.hashes(address);
        return !doNotContact.containsAny(hashes, Suppression.barringInvitations()) && find(hashes).isEmpty()
                && !restricted(hashes);
    }

    /**
     * Whether the address is a person's whom a legal hold alone keeps (R20): they asked to be erased,
     * and the erasure would have deleted every referral naming them, so nobody invites them.
     */
    private boolean restricted(List<String> addressHashes) {
        return people.findByHashes(addressHashes).filter(people::keptOnlyForAHold).isPresent();
    }

    /** The colleague stored under any of an address's hashes (one per key of the ring). */
    public Optional<ReferredColleague> find(Collection<String> addressHashes) {
        return em.createNamedQuery(ReferredColleague.BY_HASH, ReferredColleague.class)
                .setParameter("hashes", List.copyOf(addressHashes)).getResultStream().findFirst();
    }

    /** The colleagues waiting in unconfirmed referrals under these hashes of one address (every key of the ring). */
    public List<PendingColleague> pending(Collection<String> addressHashes) {
        return em.createNamedQuery(PendingColleague.BY_HASH, PendingColleague.class)
                .setParameter("hashes", List.copyOf(addressHashes)).getResultList();
    }

    /** How an outbox message names the colleague it invites. */
    public static String reference(ReferredColleague colleague) {
        return REFERENCE_PREFIX + colleague.id();
    }

    public static final String REFERENCE_PREFIX = "referred-colleague:";
}
