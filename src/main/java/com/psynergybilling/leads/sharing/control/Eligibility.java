package com.psynergybilling.leads.sharing.control;

import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Suppression;
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
 * before anything leaves. Consent recorded and not withdrawn (R14, R21); no opt-out of sale and
 * sharing, on the person or on the do-not-contact list (which remembers opt-outs sent before the
 * person was known), no minor (R16); not erased. Each opt-out means one thing: unsubscribing from
 * our email or a referral removal is no reason to stop a consented export. At least one submission
 * must carry the policy's permit for the partner export: collected with consent (WITH_CONSENT),
 * after the last withdrawal, under a version that lets its categories go to Business Partners (R3),
 * and not kept by a legal hold alone (R20).
 */
@ApplicationScoped
public class Eligibility {

    private static final String PEOPLE = "select p.id from people p where p.id > ?1"
            + " and p.partner_consent = true and p.sale_sharing_opt_out = false and p.minor = false"
            + " and p.erased_at is null and p.email is not null"
            + " and not " + DoNotContactList.listedSql("p.address_hash", Suppression.barringSaleOrSharing());

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyBook policies;

    @Inject
    DoNotContactList doNotContact;

    /** Up to {@code max} ids of eligible people after {@code afterId}, in id order (keyset paging). */
    @SuppressWarnings("unchecked")
    public List<String> page(String afterId, int max) {
        String sql = PEOPLE + " and exists (select 1 from submissions s where s.person_id = p.id"
                + " and s.restricted_at is null and " + policies.predicate(Uses.PARTNER_EXPORT, "s")
                + " and (p.consent_withdrawn_at is null or s.collected_at > p.consent_withdrawn_at)) order by p.id";
        List<Object> ids = em.createNativeQuery(sql).setParameter(1, afterId == null ? "" : afterId)
                .setMaxResults(max).getResultList();
        return ids.stream().map(Object::toString).toList();
    }

    /** The person-level rules again, on the entity; {@code addressHashes} are the address's keyed hashes now. */
    public boolean allows(Person person, Collection<String> addressHashes) {
        return person.partnerConsent() && !person.saleSharingOptOut() && !person.minor() && !person.erased()
                && !doNotContact.containsAny(addressHashes, Suppression.barringSaleOrSharing());
    }
}
