package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.MailState;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.platform.control.CustomPlans;
import com.psynergybilling.leads.platform.control.DatabaseConfigSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import javax.sql.DataSource;

/** The outbox's queries. Each runs in the caller's transaction, except {@link #marks}. */
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
        CustomPlans.forThisTransaction(em);
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
                        + " m.retries.outcome = :outcome, m.recipient = null, m.model = '{}',"
                        + " m.attachmentName = null, m.attachment = null"
                        + " where m.state = :sending and m.retries.claimedAt < :cutoff")
                .setParameter("unknown", MailState.UNKNOWN)
                .setParameter("sending", MailState.SENDING)
                .setParameter("now", now)
                .setParameter("cutoff", cutoff)
                .setParameter("outcome", "claimed and never finished: fate unknown, not sent again")
                .executeUpdate();
    }

    /** The nodes holding SENDING messages now. */
    public List<String> holders() {
        return em.createQuery("select distinct m.claimedBy from OutboxMessage m"
                        + " where m.state = :sending and m.claimedBy is not null", String.class)
                .setParameter("sending", MailState.SENDING).getResultList();
    }

    /**
     * Locks the SENDING messages of {@code node} (of its {@code sender} alone unless null) for the
     * caller's transaction; rows another recovery or the holder's own mark holds are skipped.
     */
    public List<OutboxMessage> lockClaimsOf(String node, Integer sender, int max) {
        var query = em.createNativeQuery("SELECT id FROM outbox_messages WHERE state = 'SENDING'"
                        + " AND claimed_by = ?1" + (sender == null ? "" : " AND claim_sender = ?2")
                        + " FETCH FIRST " + max + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, node);
        if (sender != null) {
            query.setParameter(2, sender);
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from OutboxMessage m where m.id in :ids", OutboxMessage.class)
                .setParameter("ids", ids.stream().map(Object::toString).toList())
                .getResultList();
    }

    /** The accepted mark of the message sent before, and the attempted mark of the one about to go. */
    static final String ACCEPTED = "UPDATE outbox_messages SET accepted_at = ? WHERE id = ? AND claimed_by = ?"
            + " AND state = 'SENDING'";
    static final String ATTEMPTED = "UPDATE outbox_messages SET attempted_at = ? WHERE id = ? AND claimed_by = ?"
            + " AND state = 'SENDING' AND attempted_at IS NULL";

    /**
     * On PostgreSQL both marks are one statement, and its commit does not wait for the disk
     * ({@code set_config(..., true)} is {@code SET LOCAL}): the marks are visible to every node at
     * once and survive the death of this service, which is the fault they are for (a crash of the
     * database server itself may lose the last few). Each update names one id, so that its plan is the
     * primary key's whatever the table's statistics.
     */
    static final String MARKS = "WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true) AS setting),"
            + " accepted AS (" + ACCEPTED + ") " + ATTEMPTED + " AND (SELECT setting FROM relaxed) = 'off'"
            + " RETURNING id";

    /** Read once: the database does not change under a running service. */
    private final boolean onPostgres = DatabaseConfigSource.onPostgres();

    @Resource(lookup = "java:app/jdbc/leads")
    DataSource dataSource;

    /**
     * The cheap marks written just before each message's SMTP transaction, for one claimed batch: every
     * mark on one pooled connection, taken at the first mark and held until {@link Marks#close}, its
     * statement prepared once (taking a connection from the pool for each mark cost as much as the mark).
     * <p>
     * Unlike this class's other queries they run outside any transaction, in autocommit, by plain JDBC:
     * one round trip on PostgreSQL where the persistence context's own transaction took three and most
     * of a sender's time besides the SMTP transaction itself. (On H2 the accepted mark commits first; a
     * death between the two leaves the next message unattempted, which is queued again.)
     */
    public Marks marks() {
        return new Marks();
    }

    /** The marks of one batch; see {@link #marks}. Not for use by two threads. */
    public final class Marks implements AutoCloseable {

        private Connection db;
        private PreparedStatement both;

        private Marks() {
        }

        /**
         * Marks {@code id} attempted, and {@code accepted} (the message sent before it, or null) accepted,
         * so that should the node die before recording it, it counts as sent. Each holds only while
         * {@code node} still holds the message; whether {@code id} was marked. False when a peer recovered
         * it, taking this node for dead: then the caller must not send it. On failure the connection is
         * given back and the next mark takes another.
         */
        public boolean write(String id, String accepted, String node, Instant now) {
            var at = now.atOffset(ZoneOffset.UTC);
            try {
                if (db == null) {
                    db = dataSource.getConnection();
                    if (!db.getAutoCommit()) {
                        db.setAutoCommit(true); // each mark must be committed when it returns
                    }
                }
                return onPostgres ? both(at, id, accepted, node) : oneByOne(at, id, accepted, node);
            } catch (SQLException e) {
                close();
                throw new PersistenceException("The outbox's marks could not be written", e);
            }
        }

        private boolean both(OffsetDateTime at, String id, String accepted, String node) throws SQLException {
            if (both == null) {
                both = db.prepareStatement(MARKS);
            }
            bind(both, at, accepted, node, 1);
            bind(both, at, id, node, 4);
            try (var marked = both.executeQuery()) {
                return marked.next();
            }
        }

        private boolean oneByOne(OffsetDateTime at, String id, String accepted, String node) throws SQLException {
            if (accepted != null) {
                try (var mark = db.prepareStatement(ACCEPTED)) {
                    bind(mark, at, accepted, node, 1);
                    mark.executeUpdate();
                }
            }
            try (var mark = db.prepareStatement(ATTEMPTED)) {
                bind(mark, at, id, node, 1);
                return mark.executeUpdate() == 1;
            }
        }

        @Override
        public void close() {
            if (db != null) {
                try {
                    db.close(); // closes the statement too
                } catch (SQLException ignored) {
                    // the pool drops a broken connection; the marks written are committed
                }
                db = null;
                both = null;
            }
        }
    }

    private static void bind(PreparedStatement mark, OffsetDateTime at, String id, String node, int first)
            throws SQLException {
        mark.setObject(first, at);
        mark.setString(first + 1, id);
        mark.setString(first + 2, node);
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
        return em.createQuery("select m.state, m.retries.outcome, count(m) from OutboxMessage m"
                        + " where m.reference = :reference group by m.state, m.retries.outcome", Object[].class)
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
