package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.DoNotContact;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The do-not-contact list: keyed hashes of addresses (HMAC-SHA256 of the normalised address with
 * LEADS_SECRET), so the list outlives the deletion of everything else about a person.
 */
@ApplicationScoped
public class DoNotContactList {

    @PersistenceContext
    EntityManager em;

    @Inject
    Secret secret;

    /** The address's hash under the current key: what is written now. */
    public String hash(EmailAddress address) {
        return secret.keyedHash(address.value());
    }

    /**
     * The address's hashes under every key of the ring, the current one first: the one place that
     * says how a stored hash is looked up, for this list and every other table that keeps one.
     */
    public List<String> hashes(EmailAddress address) {
        return secret.keyedHashes(address.value());
    }

    public boolean contains(String addressHash) {
        return em.find(DoNotContact.class, addressHash) != null;
    }

    /** Whether any of an address's {@link #hashes} is on the list. */
    public boolean containsAny(Collection<String> addressHashes) {
        return !containing(addressHashes).isEmpty();
    }

    /** Which of {@code hashes} are on the list, in one query. */
    public Set<String> containing(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select d.addressHash from DoNotContact d where d.addressHash in :hashes",
                String.class).setParameter("hashes", List.copyOf(hashes)).getResultList());
    }

    /** Adds the hash unless it is there; a concurrent add of the same hash fails the caller, who retries. */
    public void add(String addressHash, String reason, Instant now) {
        if (!contains(addressHash)) {
            em.persist(new DoNotContact(addressHash, reason, now));
        }
    }
}
