package com.psynergybilling.leads.audit.control;

import com.psynergybilling.leads.audit.entity.AuditCheckpoint;
import com.psynergybilling.leads.audit.entity.AuditEntry;
import com.psynergybilling.leads.audit.entity.AuditHead;
import com.psynergybilling.leads.audit.entity.ChainCheck;
import com.psynergybilling.leads.platform.control.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.logging.Logger;

/**
 * Walks the chain from the first entry, each by the rule of its version, optionally against a
 * checkpoint an auditor kept outside the database; and re-chains version 1 entries as version 2 once.
 */
@ApplicationScoped
public class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());
    static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog log;

    /** The first entry whose link or content was altered; and, given {@code kept}, whether the chain still reaches it. */
    public ChainCheck verify(AuditCheckpoint kept) {
        String previous = AuditLog.GENESIS;
        long expectedSeq = 1;
        String atKept = null;
        ChainCheck check = null;
        for (AuditEntry entry : inOrder(false)) {
            if (entry.seq() != expectedSeq || !entry.intact(previous, Digests::sha256)) {
                check = ChainCheck.brokenAt(expectedSeq - 1, Math.min(entry.seq(), expectedSeq));
                break;
            }
            if (kept != null && entry.seq() == kept.seq()) {
                atKept = entry.entryHash();
            }
            previous = entry.entryHash();
            expectedSeq++;
        }
        long entries = expectedSeq - 1;
        var head = em.find(AuditHead.class, AuditHead.ID);
        if (check == null) {
            check = head.seq() != entries || !head.entryHash().equals(previous)
                    ? ChainCheck.brokenAt(entries, expectedSeq) : ChainCheck.intact(entries);
        }
        check.head = log.checkpoint();
        if (kept == null || kept.seq() == 0) {
            return kept == null ? check : check.against(ChainCheck.Checkpoint.MATCHED, 0);
        }
        if (atKept == null && check.firstBrokenSeq != null && check.firstBrokenSeq <= kept.seq()) {
            // the walk stopped before reaching the checkpoint: what is there is broken already
            return check.against(ChainCheck.Checkpoint.REWRITTEN, check.firstBrokenSeq);
        }
        if (atKept == null) {
            return check.against(ChainCheck.Checkpoint.TRUNCATED, entries + 1);
        }
        return check.against(atKept.equals(kept.entryHash()) ? ChainCheck.Checkpoint.MATCHED
                : ChainCheck.Checkpoint.REWRITTEN, kept.seq());
    }

    /**
     * Re-chains the version 1 entries (hashed over the subject, so never forgettable) as version 2,
     * once, under the head's lock, when they verify intact: checkpoints exist only from version 2 on,
     * so no kept checkpoint is invalidated. A broken version 1 chain is left as it is, for the
     * officer to see. Returns how many entries were re-chained.
     */
    public int upgrade() {
        log.lockedHead();
        Long versionOne = em.createQuery("select count(e) from AuditEntry e where e.chainVersion = 1", Long.class)
                .getSingleResult();
        if (versionOne == 0) {
            return 0;
        }
        var before = verify(null);
        if (!before.intact) {
            LOG.severe(() -> "The audit chain is broken at entry " + before.firstBrokenSeq + "; its version 1 entries "
                    + "stay as they are and cannot be forgotten on erasure");
            return 0;
        }
        String previous = AuditLog.GENESIS;
        int relinked = 0;
        for (AuditEntry entry : inOrder(true)) {
            entry.relink(previous, AuditLog.salt(), Digests::sha256);
            previous = entry.entryHash();
            relinked++;
        }
        var head = log.lockedHead();
        head.reset(previous);
        String oldHead = before.head.checkpoint();
        String newHead = head.seq() + ":" + previous;
        LOG.warning(() -> "Audit chain re-chained as version " + AuditEntry.VERSION + ": head " + oldHead
                + " (verified intact) is now " + newHead);
        return relinked;
    }

    /**
     * The entries in chain order, read a page at a time: a walked page is detached before the next is
     * read (its changes written first when {@code flush}), so a long chain never fills the persistence
     * context. Both walks, checking and re-chaining, go through here.
     */
    private Iterable<AuditEntry> inOrder(boolean flush) {
        return () -> new Iterator<>() {
            private List<AuditEntry> current = page(0);
            private int next;

            @Override
            public boolean hasNext() {
                if (next == current.size() && current.size() == PAGE) {
                    long after = current.get(PAGE - 1).seq();
                    if (flush) {
                        em.flush();
                    }
                    em.clear();
                    current = page(after);
                    next = 0;
                }
                return next < current.size();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.get(next++);
            }
        };
    }

    private List<AuditEntry> page(long after) {
        return em.createQuery("select e from AuditEntry e where e.seq > :after order by e.seq", AuditEntry.class)
                .setParameter("after", after).setMaxResults(PAGE).getResultList();
    }
}
