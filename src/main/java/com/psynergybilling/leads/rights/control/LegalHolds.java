package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.HeldAddresses;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.rights.entity.HoldReason;
import com.psynergybilling.leads.rights.entity.LegalHold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Legal holds, placed and released by the privacy officer, each audited (R20, R26). */
@ApplicationScoped
public class LegalHolds implements HeldAddresses {

    @PersistenceContext
    EntityManager em;

    @Inject
    DoNotContactList hashes;

    @Inject
    Event<Audited> audit;

    public LegalHold place(EmailAddress address, HoldReason reason, String reference, String by, Instant now) {
        var hold = new LegalHold(hashes.hash(address), reason, reference, by, now);
        em.persist(hold);
        audit.fire(new Audited(by, "LEGAL_HOLD_PLACED", hold.addressHash(), "REQUIRED_BY_LAW", "legal-hold " + hold.id()
                + ": " + reason));
        return hold;
    }

    public LegalHold release(String id, String by, Instant now) {
        var hold = em.find(LegalHold.class, id);
        if (hold == null) {
            throw ProblemException.notFound("This legal hold");
        }
        hold.release(by, now);
        audit.fire(new Audited(by, "LEGAL_HOLD_RELEASED", hold.addressHash(), "REQUIRED_BY_LAW", "legal-hold " + id));
        return hold;
    }

    /** The newest holds first, in force or released: codes, references and dates, never whose. */
    public List<LegalHold> recent(int limit) {
        return em.createQuery("select h from LegalHold h order by h.placedAt desc, h.id", LegalHold.class)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Released holds of an erased person forget the hash and the reference, under any of the address's
     * hashes (one per key of the ring); returns how many.
     */
    public int forget(List<String> addressHashes) {
        var held = em.createNamedQuery(LegalHold.OF, LegalHold.class).setParameter("hashes", addressHashes)
                .getResultList();
        held.forEach(LegalHold::forget);
        return held.size();
    }

    /** Whether a hold is in force under any of an address's hashes (one per key of the ring). */
    public boolean inForce(Collection<String> addressHashes) {
        return !em.createNamedQuery(LegalHold.IN_FORCE, LegalHold.class).setParameter("hashes", List.copyOf(addressHashes))
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean held(String addressHash) {
        return inForce(List.of(addressHash));
    }

    @Override
    public Set<String> heldAmong(Collection<String> addressHashes) {
        if (addressHashes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select h.addressHash from LegalHold h where h.addressHash in :hashes"
                + " and h.releasedAt is null", String.class).setParameter("hashes", addressHashes).getResultList());
    }
}
