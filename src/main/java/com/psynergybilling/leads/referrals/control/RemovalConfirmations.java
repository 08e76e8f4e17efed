package com.psynergybilling.leads.referrals.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When someone removes a lead's address by typing it, the lead's own promotions and sharing stay as
 * they were (R9 asks only that the address is never invited); a letter to the address itself offers
 * its owner to stop them too. Confirming through its link (the person's id, signed for this alone)
 * applies exactly what the owner chose on the page: no promotional email (R12), no sale or sharing (R16).
 */
@ApplicationScoped
public class RemovalConfirmations {

    static final String TEMPLATE = "referral-removal-confirmation";
    static final String REASON = "REFERRAL_REMOVAL_CONFIRMED";
    /** The letter answers a request about the person's own data: a privacy reply, as the policy names it. */
    static final String FORM = "PRIVACY_REQUEST";

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    PolicyBook policies;

    @Inject
    Outbox outbox;

    @Inject
    ReferralTokens tokens;

    @Inject
    Event<Audited> audit;

    @Inject
    PublicUrl publicUrl;

    /**
     * Queues the letter when the address is a lead's with something left to stop, at most one a day
     * per address (a stranger posting the address again mails its owner no more); whether it did.
     * {@code addressHashes}: the address's hashes under every key, the current one first (the lead may
     * not be re-keyed yet after a rotation). {@code keptUnderHold}: the colleague data a referral gave us
     * stays under a legal hold, and the letter says so instead of saying it was deleted.
     */
    public boolean offer(List<String> addressHashes, boolean keptUnderHold, Instant now) {
        String addressHash = addressHashes.get(0);
        var person = people.findByHashes(addressHashes);
        if (person.isEmpty() || open(person.get()).isEmpty()) {
            return false;
        }
        String key = TEMPLATE + ":" + addressHash + ":" + now.atOffset(ZoneOffset.UTC).toLocalDate();
        if (em.createQuery("select count(m) from OutboxMessage m where m.messageKey = :key", Long.class)
                .setParameter("key", key).getSingleResult() > 0) {
            return false;
        }
        Permit permit = policies.permitToMail(Uses.PRIVACY_REPLY, FORM, now);
        String url = publicUrl.of("/referrals/removal-confirm?token=" + tokens.removalConfirmationToken(person.get().id()));
        var model = keptUnderHold ? Map.of("confirmUrl", url, "keptUnderHold", "yes") : Map.of("confirmUrl", url);
        outbox.queue(permit, new Envelope(key, person.get().email(), TEMPLATE, model,
                "referral-removal:" + person.get().id()));
        return true;
    }

    /**
     * What the owner could still stop for the person behind a confirmation token; nothing for a token
     * this service did not sign or a person since erased.
     */
    public Optional<Set<Suppression>> open(String token) {
        return tokens.personId(token).map(id -> em.find(Person.class, id))
                .filter(p -> !p.erased()).map(this::open);
    }

    /**
     * Applies what the owner chose; false for a token this service did not sign. A person since
     * erased is left alone: the erasure kept what the list must keep.
     */
    public boolean confirm(String token, boolean noPromotions, boolean noSaleOrSharing, Instant now) {
        var personId = tokens.personId(token);
        if (personId.isEmpty()) {
            return false;
        }
        Person person = em.find(Person.class, personId.get());
        if (person == null || person.erased() || !(noPromotions || noSaleOrSharing)) {
            return true;
        }
        if (noPromotions) {
            people.unsubscribe(person, REASON, now);
        }
        if (noSaleOrSharing) {
            people.optOutOfSaleAndSharing(person, REASON, now);
        }
        audit.fire(new Audited("referral-removal-link", "REFERRAL_REMOVAL_CONFIRMED", person.addressHash(),
                "REQUIRED_BY_LAW", "person " + person.id() + (noPromotions ? ": no promotions" : "")
                + (noSaleOrSharing ? ": no sale or sharing" : "")));
        return true;
    }

    private Set<Suppression> open(Person person) {
        var open = EnumSet.noneOf(Suppression.class);
        // under every key: a rotation re-keys the person before the list rows made under the old one
        var barred = doNotContact.listing(doNotContact.hashes(person.email())).kinds();
        if (!person.unsubscribed() && !barred.contains(Suppression.NO_PROMOTIONS)) {
            open.add(Suppression.NO_PROMOTIONS);
        }
        if (!person.saleSharingOptOut() && !barred.contains(Suppression.NO_SALE_OR_SHARING)) {
            open.add(Suppression.NO_SALE_OR_SHARING);
        }
        return open;
    }
}
