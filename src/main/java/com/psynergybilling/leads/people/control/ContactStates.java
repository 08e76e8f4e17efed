package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Uses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Each person's contact state (table {@code contact_states}, V26): the facts an audience filter needs,
 * in one narrow row, so that an audience over millions of people is counted and walked without joining
 * submissions, people and the do-not-contact list. The row is derived, never edited: every writer that
 * changes one of the facts (a person's flags, their keyed hash, the do-not-contact list, their
 * submissions) calls {@link #refresh} or {@link #refreshHashes} in its own transaction, which computes the
 * row again from those tables. A stale row would mail someone who said no (R12), so the derivation is the
 * one statement that the backfill and a test's drift check also use.
 *
 * <p>Whether the policy permits promotional email for a person's lead records (R11) is kept with the
 * fingerprint of the policy's predicate it was judged under; readers use {@link #promotableSql}, which
 * judges a row held under another fingerprint from its submissions, so a policy change never needs the
 * table rewritten before the answers are right.
 */
@ApplicationScoped
public class ContactStates {

    /** The forms of referral data (R6): a person with only these is no lead. */
    public static final String REFERRAL_FORMS = "('REFERRAL_REFERRER', 'REFERRAL_COLLEAGUE')";

    static final String COLUMNS = "person_id, submitted, minor, erased, unsubscribed, complained, bounced,"
            + " no_promotions, has_lead, promotable, judged_under";

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyBook policies;

    /** The people created so far in this thread's {@link #together} call, if one runs. */
    private static final ThreadLocal<List<String>> CREATED_TOGETHER = new ThreadLocal<>();

    private volatile String fingerprint;
    /** {@link #derivedSql()}: the policy is loaded once, so its SQL is made once, not on every intake. */
    private volatile String derived;

    /** The short fingerprint of the promotional-email predicate in force; hex, safe to inline. */
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(promotablePredicate("s").getBytes(StandardCharsets.UTF_8));
                known = HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            fingerprint = known;
        }
        return known;
    }

    /**
     * Whether submission {@code alias} is a lead record the policy in force permits promotional email for,
     * and not one that a legal hold alone keeps (R20).
     */
    public String promotablePredicate(String alias) {
        return alias + ".source_form not in " + REFERRAL_FORMS + " and " + alias + ".restricted_at is null and "
                + policies.predicate(Uses.PROMOTIONAL_EMAIL, alias);
    }

    /**
     * SQL: whether the person of the contact state aliased {@code alias} has a lead record the policy in
     * force permits promotional email for: the kept answer when judged under this policy, else judged
     * from the submissions here and now.
     */
    public String promotableSql(String alias) {
        return "(case when " + alias + ".judged_under = '" + fingerprint() + "' then " + alias + ".promotable"
                + " else exists (select 1 from submissions ps where ps.person_id = " + alias + ".person_id and "
                + promotablePredicate("ps") + ") end)";
    }

    /** The state of each person of {@code people} aliased {@code p}, as {@link #COLUMNS}, computed from its sources. */
    String derivedSql() {
        String known = derived;
        if (known == null) {
            known = deriveSql();
            derived = known;
        }
        return known;
    }

    private String deriveSql() {
        return "select p.id,"
                + " exists (select 1 from submissions s where s.person_id = p.id),"
                + " p.minor,"
                + " (p.erased_at is not null),"
                + " (p.unsubscribed_at is not null),"
                + " " + listed(Set.of(Suppression.COMPLAINED)) + ","
                + " " + listed(Set.of(Suppression.BOUNCED)) + ","
                + " " + listed(Suppression.barringPromotions()) + ","
                + " exists (select 1 from submissions s where s.person_id = p.id and s.source_form not in "
                + REFERRAL_FORMS + "),"
                + " exists (select 1 from submissions s where s.person_id = p.id and " + promotablePredicate("s") + "),"
                + " '" + fingerprint() + "'"
                + " from people p";
    }

    private static String listed(Set<Suppression> kinds) {
        return "(p.address_hash is not null and " + DoNotContactList.listedSql("p.address_hash", kinds) + ")";
    }

    /**
     * Computes the contact state of these people again from their sources, in the caller's transaction,
     * after what the caller changed so far (flushed first). The rows are locked (by the delete) before they
     * are computed, so of two transactions refreshing one person the later computes after the earlier
     * committed.
     */
    public void refresh(Collection<String> personIds) {
        persistence(sql -> refresh(sql, personIds));
    }

    public void refresh(String personId) {
        refresh(List.of(personId));
    }

    /**
     * {@link #refresh} for a person inserted in this transaction: no row can exist for its new id yet,
     * so the state is only inserted (one statement less on a first submission). Inside {@link #together}
     * it is inserted at that call's end.
     */
    public void created(String personId) {
        var later = CREATED_TOGETHER.get();
        if (later != null) {
            later.add(personId);
            return;
        }
        inserted(List.of(personId));
    }

    /**
     * Runs {@code work} in the caller's transaction, the states of the people it creates inserted together
     * at its end, after one flush for a shared transaction's forms instead of one per form.
     * Nothing in the work may read those states meanwhile (intake does not). Should the work throw, its
     * transaction is lost anyway, and nothing is inserted.
     */
    public <T> T together(Supplier<T> work) {
        if (CREATED_TOGETHER.get() != null) {
            return work.get();
        }
        var created = new ArrayList<String>();
        CREATED_TOGETHER.set(created);
        try {
            T result = work.get();
            inserted(created);
            return result;
        } finally {
            CREATED_TOGETHER.remove();
        }
    }

    private void inserted(List<String> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        persistence(sql -> {
            sql.flush();
            // One statement per person, as before groups: the statement for several ids (p.id in (?, ?, ...))
            // became PostgreSQL's main work when groups were small (groups of 8: 190 forms/s, not 800).
            for (String personId : personIds) {
                insert(sql, List.of(personId));
            }
        });
    }

    /** {@link #refresh} for the people whose keyed address hash is one of {@code hashes}. */
    public void refreshHashes(Collection<String> hashes) {
        persistence(sql -> refreshHashes(sql, hashes));
    }

    /**
     * {@link #refresh} for writers that write in JDBC batches on {@code db} (imports), on the same
     * connection, so that the rows they wrote are what the states are computed from.
     */
    public void refresh(Connection db, Collection<String> personIds) throws SQLException {
        refresh(new JdbcStatements(db), personIds);
    }

    /** {@link #refreshHashes} on a JDBC connection, as {@link #refresh(Connection, Collection)}. */
    public void refreshHashes(Connection db, Collection<String> hashes) throws SQLException {
        refreshHashes(new JdbcStatements(db), hashes);
    }

    private void refresh(Statements sql, Collection<String> personIds) throws SQLException {
        var ids = new TreeSet<String>();
        personIds.stream().filter(id -> id != null).forEach(ids::add);
        if (ids.isEmpty()) {
            return;
        }
        sql.flush();
        var all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = sql.marks(chunk.size());
            if (chunk.size() > 1) {
                // Several rows are locked in id order, so two refreshes of overlapping people cannot
                // deadlock; one row is locked by its delete alone (one statement less on every intake).
                sql.ids("select person_id from contact_states where person_id in (" + marks
                        + ") order by person_id for update", chunk);
            }
            sql.update("delete from contact_states where person_id in (" + marks + ")", chunk);
            insert(sql, chunk);
        }
    }

    private void insert(Statements sql, List<String> personIds) throws SQLException {
        sql.update("insert into contact_states (" + COLUMNS + ") " + derivedSql() + " where p.id in ("
                + sql.marks(personIds.size()) + ")", personIds);
    }

    private void refreshHashes(Statements sql, Collection<String> hashes) throws SQLException {
        var all = new ArrayList<>(new TreeSet<>(hashes.stream().filter(h -> h != null).toList()));
        if (all.isEmpty()) {
            return;
        }
        sql.flush();
        var people = new ArrayList<String>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            people.addAll(sql.ids("select id from people where address_hash in (" + sql.marks(chunk.size()) + ")", chunk));
        }
        refresh(sql, people);
    }

    /**
     * Judges up to {@code max} rows not judged under the policy in force (null: the backfill, a policy
     * change) from their submissions; returns how many.
     */
    public int judgeUnjudged(int max) {
        return em.createNativeQuery("update contact_states set promotable = exists (select 1 from submissions s"
                + " where s.person_id = contact_states.person_id and " + promotablePredicate("s") + "),"
                + " judged_under = '" + fingerprint() + "'"
                + " where person_id in (select u.person_id from contact_states u where u.judged_under is null"
                + " fetch first " + Math.max(1, max) + " rows only)").executeUpdate();
    }

    /** Marks rows judged under another policy's predicate as unjudged, for {@link #judgeUnjudged}; returns how many. */
    public int forgetOtherPolicies() {
        return em.createNativeQuery("update contact_states set judged_under = null where judged_under <> '"
                + fingerprint() + "'").executeUpdate();
    }

    /** Runs {@code work} on the persistence context's connection, whose statements throw no {@link SQLException}. */
    private void persistence(SqlWork work) {
        try {
            work.run(new PersistenceStatements(em));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface SqlWork {
        void run(Statements sql) throws SQLException;
    }

    /** Where a refresh's statements run: the persistence context, or a JDBC writer's own connection. */
    private interface Statements {

        /** Sends what the writer changed so far, so that the statements see it. */
        void flush();

        String marks(int count);

        void update(String sql, List<String> values) throws SQLException;

        /** The first column of the rows {@code sql} selects. */
        List<String> ids(String sql, List<String> values) throws SQLException;
    }

    private record PersistenceStatements(EntityManager em) implements Statements {

        @Override
        public void flush() {
            em.flush();
        }

        @Override
        public String marks(int count) {
            var marks = new StringJoiner(", ");
            for (int i = 1; i <= count; i++) {
                marks.add("?" + i);
            }
            return marks.toString();
        }

        @Override
        public void update(String sql, List<String> values) {
            bind(em.createNativeQuery(sql), values).executeUpdate();
        }

        @Override
        public List<String> ids(String sql, List<String> values) {
            List<?> found = bind(em.createNativeQuery(sql), values).getResultList();
            return found.stream().map(Object::toString).toList();
        }

        private static Query bind(Query query, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            return query;
        }
    }

    private record JdbcStatements(Connection db) implements Statements {

        @Override
        public void flush() {
            // the writer's batches are executed on this connection before it asks
        }

        @Override
        public String marks(int count) {
            return String.join(", ", Collections.nCopies(count, "?"));
        }

        @Override
        public void update(String sql, List<String> values) throws SQLException {
            try (var statement = db.prepareStatement(sql)) {
                bind(statement, values).executeUpdate();
            }
        }

        @Override
        public List<String> ids(String sql, List<String> values) throws SQLException {
            var ids = new ArrayList<String>();
            try (var statement = db.prepareStatement(sql); var found = bind(statement, values).executeQuery()) {
                while (found.next()) {
                    ids.add(found.getString(1));
                }
            }
            return ids;
        }

        private static PreparedStatement bind(PreparedStatement statement, List<String> values) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            return statement;
        }
    }
}
