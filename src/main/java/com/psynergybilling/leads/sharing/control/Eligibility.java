package com.psynergybilling.leads.sharing.control;

import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * Who may be in a partner export, said twice on purpose: as SQL, so a million people are chosen in
 * the database a page at a time, and on the entity, so each selected person is checked again
 * before anything leaves. Consent recorded and not withdrawn (R14); no opt-out of sale and sharing,
 * no minor (R16); not erased; not on the do-not-contact list. Unsubscribed people are out too: the
 * partner gets an address to email, and they told us to stop emailing them (People.unsubscribe also
 * lists them as do-not-contact). At least one submission must carry the policy's permit for the
 * partner export: collected with consent (WITH_CONSENT) under a version that lets its categories go
 * to Business Partners (R3).
 */
@ApplicationScoped
public class Eligibility {

    private static final String PEOPLE = "select p.id from people p where p.id > ?1"
            + " and p.partner_consent = true and p.sale_sharing_opt_out = false and p.minor = false"
            + " and p.erased_at is null and p.unsubscribed_at is null and p.email is not null"
            + " and not exists (select 1 from do_not_contact d where d.address_hash = p.address_hash)";

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyBook policies;

    @Inject
    DoNotContactList doNotContact;

    /** Up to {@code max} ids of eligible people after {@code afterId}, in id order (keyset paging). */
    @SuppressWarnings("unchecked")
    public List<String> page(String afterId, int max) {
        String sql = PEOPLE + " and exists (select 1 from submissions s where s.person_id = p.id and "
                + policies.predicate(Uses.PARTNER_EXPORT, "s") + ") order by p.id";
        List<Object> ids = em.createNativeQuery(sql).setParameter(1, afterId == null ? "" : afterId)
                .setMaxResults(max).getResultList();
        return ids.stream().map(Object::toString).toList();
    }

    /** The person-level rules again, on the entity; {@code addressHashes} are the address's keyed hashes now. */
    public boolean allows(Person person, Collection<String> addressHashes) {
        return person.partnerConsent() && !person.saleSharingOptOut() && !person.minor() && !person.erased()
                && !person.unsubscribed() && !doNotContact.containsAny(addressHashes);
    }
}
