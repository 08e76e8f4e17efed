package com.psynergybilling.leads.audit.control;

import com.psynergybilling.leads.audit.entity.AuditEntry;
import com.psynergybilling.leads.audit.entity.AuditHead;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.audit.entity.ChainCheck;
import com.psynergybilling.leads.platform.control.Digests;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Appends audited events to the chain in the transaction that raised them, so an action and its
 * record commit together or not at all. Appenders on every node queue on the head's row lock.
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    void record(@Observes Audited event) {
        append(event);
    }

    /** The head is locked once per transaction: further appends in it already hold the lock. */
    public AuditEntry append(Audited event) {
        var head = em.find(AuditHead.class, AuditHead.ID);
        if (em.getLockMode(head) != LockModeType.PESSIMISTIC_WRITE) {
            em.lock(head, LockModeType.PESSIMISTIC_WRITE);
        }
        var entry = new AuditEntry(head.seq() + 1, Moments.now(), event,
                head.entryHash(), Digests::sha256);
        em.persist(entry);
        head.advance(entry);
        return entry;
    }

    /** Walks the chain from the start and reports the first entry whose link or content was altered. */
    public ChainCheck verify() {
        String previous = GENESIS;
        long expectedSeq = 1;
        long after = 0;
        while (true) {
            var page = em.createQuery("select e from AuditEntry e where e.seq > :after order by e.seq", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (AuditEntry entry : page) {
                if (entry.seq() != expectedSeq || !entry.intact(previous, Digests::sha256)) {
                    return ChainCheck.brokenAt(expectedSeq - 1, Math.min(entry.seq(), expectedSeq));
                }
                previous = entry.entryHash();
                expectedSeq++;
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).seq();
            em.clear();
        }
        var head = em.find(AuditHead.class, AuditHead.ID);
        if (head.seq() != expectedSeq - 1 || !head.entryHash().equals(previous)) {
            return ChainCheck.brokenAt(expectedSeq - 1, expectedSeq);
        }
        return ChainCheck.intact(expectedSeq - 1);
    }
}
