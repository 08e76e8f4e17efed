package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.MailState;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

/** The outbox's queries. Each runs in the caller's transaction. */
@ApplicationScoped
public class OutboxStore {

    /**
     * Rows that another transaction holds are skipped, not waited for: two rounds or two nodes
     * claiming at once get disjoint batches, which is what makes a second send impossible.
     */
    static final String DUE = "SELECT id FROM outbox_messages WHERE state = 'QUEUED' AND next_attempt_at <= ?1"
            + " AND use_code %s ?2 ORDER BY created_at FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext
    EntityManager em;

    /**
     * Locks up to {@code max} due messages for the caller's transaction, oldest first: the messages
     * of {@code use}, or with {@code of} false every other use's.
     */
    public List<OutboxMessage> lockDue(Instant now, int max, String use, boolean of) {
        if (max <= 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(DUE.formatted(of ? "=" : "<>", max))
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, use)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from OutboxMessage m where m.id in :ids order by m.createdAt", OutboxMessage.class)
                .setParameter("ids", ids.stream().map(Object::toString).toList())
                .getResultList();
    }

    /** The messages of {@code ids} that exist, by id, in one query. */
    public Map<String, OutboxMessage> byId(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from OutboxMessage m where m.id in :ids", OutboxMessage.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(OutboxMessage::id, Function.identity()));
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

    /** A paused owner's queued messages wait, HELD, until {@link #unhold}; claimed ones go on. */
    public int hold(String reference) {
        return move(reference, MailState.QUEUED, MailState.HELD);
    }

    public int unhold(String reference) {
        return move(reference, MailState.HELD, MailState.QUEUED);
    }

    private int move(String reference, MailState from, MailState to) {
        return em.createQuery("update OutboxMessage m set m.state = :to where m.reference = :reference and m.state = :from")
                .setParameter("to", to).setParameter("from", from).setParameter("reference", reference)
                .executeUpdate();
    }

    /** Whether any message of the owner still waits or is on its way (by the reference index). */
    public boolean waiting(String reference) {
        return !em.createQuery("select m.id from OutboxMessage m where m.reference = :reference and m.state in :waiting",
                        String.class)
                .setParameter("reference", reference)
                .setParameter("waiting", List.of(MailState.QUEUED, MailState.HELD, MailState.SENDING))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** How the messages of one owner stand: counts per state and outcome. */
    public List<Object[]> tally(String reference) {
        return em.createQuery("select m.state, m.outcome, count(m) from OutboxMessage m"
                        + " where m.reference = :reference group by m.state, m.outcome", Object[].class)
                .setParameter("reference", reference)
                .getResultList();
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
