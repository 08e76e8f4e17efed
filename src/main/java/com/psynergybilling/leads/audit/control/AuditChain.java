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
import java.util.List;
import java.util.logging.Logger;

/**
 * Walks the chain from the first entry, each by the rule of its version, optionally against a
 * checkpoint an auditor kept outside the database; and re-chains version 1 entries as version 2 once.
 */
@ApplicationScoped
public class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());
    private static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog log;

    /** The first entry whose link or content was altered; and, given {@code kept}, whether the chain still reaches it. */
    public ChainCheck verify(AuditCheckpoint kept) {
        String previous = AuditLog.GENESIS;
        long expectedSeq = 1;
        String atKept = null;
        long after = 0;
        ChainCheck check = null;
        walk:
        while (true) {
            List<AuditEntry> page = page(after);
            for (AuditEntry entry : page) {
                if (entry.seq() != expectedSeq || !entry.intact(previous, Digests::sha256)) {
                    check = ChainCheck.brokenAt(expectedSeq - 1, Math.min(entry.seq(), expectedSeq));
                    break walk;
                }
                if (kept != null && entry.seq() == kept.seq()) {
                    atKept = entry.entryHash();
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
        long after = 0;
        while (true) {
            List<AuditEntry> page = page(after);
            for (AuditEntry entry : page) {
                entry.relink(previous, AuditLog.salt(), Digests::sha256);
                previous = entry.entryHash();
                relinked++;
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).seq();
            em.flush();
            em.clear();
        }
        var head = log.lockedHead();
        head.reset(previous);
        String oldHead = before.head.checkpoint();
        String newHead = head.seq() + ":" + previous;
        LOG.warning(() -> "Audit chain re-chained as version " + AuditEntry.VERSION + ": head " + oldHead
                + " (verified intact) is now " + newHead);
        return relinked;
    }

    private List<AuditEntry> page(long after) {
        return em.createQuery("select e from AuditEntry e where e.seq > :after order by e.seq", AuditEntry.class)
                .setParameter("after", after).setMaxResults(PAGE).getResultList();
    }
}
