package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.MailState;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The outbox's queries. Each runs in the caller's transaction. */
@ApplicationScoped
public class OutboxStore {

    /**
     * Rows that another transaction holds are skipped, not waited for: two rounds or two nodes
     * claiming at once get disjoint batches, which is what makes a second send impossible.
     */
    static final String DUE = "SELECT id FROM outbox_messages WHERE state = 'QUEUED' AND next_attempt_at <= ?1"
            + " ORDER BY created_at FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext
    EntityManager em;

    /** Locks up to {@code max} due messages for the caller's transaction, oldest first. */
    public List<OutboxMessage> lockDue(Instant now, int max) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(DUE.formatted(max))
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from OutboxMessage m where m.id in :ids order by m.createdAt", OutboxMessage.class)
                .setParameter("ids", ids.stream().map(Object::toString).toList())
                .getResultList();
    }

    public Optional<OutboxMessage> find(String id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /**
     * Messages claimed before {@code cutoff} and still SENDING belong to a node that stopped
     * mid-send: they may have gone out, so they become UNKNOWN and are never sent again.
     */
    public int markStuck(Instant cutoff, Instant now) {
        return em.createQuery("update OutboxMessage m set m.state = :unknown, m.finishedAt = :now,"
                        + " m.outcome = :outcome, m.recipient = null, m.model = '{}',"
                        + " m.attachmentName = null, m.attachment = null"
                        + " where m.state = :sending and m.claimedAt < :cutoff")
                .setParameter("unknown", MailState.UNKNOWN)
                .setParameter("sending", MailState.SENDING)
                .setParameter("now", now)
                .setParameter("cutoff", cutoff)
                .setParameter("outcome", "claimed and never finished: fate unknown, not sent again")
                .executeUpdate();
    }

    public long queued() {
        return em.createQuery("select count(m) from OutboxMessage m where m.state = :queued", Long.class)
                .setParameter("queued", MailState.QUEUED).getSingleResult();
    }

    public Optional<Instant> oldestQueued() {
        return em.createQuery("select m.createdAt from OutboxMessage m where m.state = :queued order by m.createdAt",
                        Instant.class)
                .setParameter("queued", MailState.QUEUED).setMaxResults(1).getResultStream().findFirst();
    }
}
