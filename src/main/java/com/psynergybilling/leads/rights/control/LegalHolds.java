package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.rights.entity.LegalHold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Legal holds, placed and released by the privacy officer, each audited (R20, R26). */
@ApplicationScoped
public class LegalHolds {

    @PersistenceContext
    EntityManager em;

    @Inject
    DoNotContactList hashes;

    @Inject
    Event<Audited> audit;

    public LegalHold place(EmailAddress address, String reason, String by, Instant now) {
        var hold = new LegalHold(hashes.hash(address), reason, by, now);
        em.persist(hold);
        audit.fire(new Audited(by, "LEGAL_HOLD_PLACED", hold.addressHash(), "REQUIRED_BY_LAW", "legal-hold " + hold.id()));
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

    /** Whether a hold is in force under any of an address's hashes (one per key of the ring). */
    public boolean inForce(Collection<String> addressHashes) {
        return !em.createNamedQuery(LegalHold.IN_FORCE, LegalHold.class).setParameter("hashes", List.copyOf(addressHashes))
                .setMaxResults(1).getResultList().isEmpty();
    }
}
