package com.psynergybilling.leads.audit.control;

import com.psynergybilling.leads.audit.entity.AuditCheckpoint;
import com.psynergybilling.leads.audit.entity.AuditEntry;
import com.psynergybilling.leads.audit.entity.AuditHead;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.control.Digests;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Appends audited events to the chain in the transaction that raised them, so an action and its
 * record commit together or not at all. Appenders on every node queue on the head's row lock.
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    void record(@Observes Audited event) {
        append(event);
    }

    /** The head is locked once per transaction: further appends in it already hold the lock. */
    public AuditEntry append(Audited event) {
        var head = lockedHead();
        var entry = new AuditEntry(head.seq() + 1, Moments.now(clock), event, head.entryHash(), salt(), Digests::sha256);
        em.persist(entry);
        head.advance(entry);
        return entry;
    }

    /**
     * Forgets whose every entry about a subject is (R20), under any of its address's hashes (one per
     * key of the ring: entries written before a key rotation carry the old one): subject and salt go,
     * the digest the chain covers stays. Returns how many entries were forgotten.
     */
    public int forget(List<String> subjects) {
        int forgotten = 0;
        for (AuditEntry entry : em.createQuery("select e from AuditEntry e where e.subject in :subjects",
                AuditEntry.class).setParameter("subjects", subjects).getResultList()) {
            if (entry.forget()) {
                forgotten++;
            }
        }
        return forgotten;
    }

    /** The head as it stands, to keep as a checkpoint. */
    public AuditCheckpoint checkpoint() {
        var head = em.find(AuditHead.class, AuditHead.ID);
        return new AuditCheckpoint(head.seq(), head.entryHash(), Moments.now(clock));
    }

    AuditHead lockedHead() {
        var head = em.find(AuditHead.class, AuditHead.ID);
        if (em.getLockMode(head) != LockModeType.PESSIMISTIC_WRITE) {
            em.lock(head, LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }

    static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }
}
