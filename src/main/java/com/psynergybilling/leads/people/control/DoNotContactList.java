package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.DoNotContact;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The do-not-contact list: keyed hashes of addresses (HMAC-SHA256 of the normalised address with
 * LEADS_SECRET), each with the kinds of use it is barred from ({@link Suppression}), so the list
 * outlives the deletion of everything else about a person and binds addresses not yet known.
 * Readers always name the kinds they read: no reader sees "the list" as a whole.
 */
@ApplicationScoped
public class DoNotContactList {

    /** The reason of a reported minor's rows (R4): their new forms are refused, not just suppressed. */
    public static final String MINOR = "MINOR";

    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]{0,29}\\.[a-z_]{1,30}");

    @Inject
    ContactStates contactStates;

    @PersistenceContext
    EntityManager em;

    @Inject
    Secret secret;

    /** The address's hash under the current key: what is written now. */
    public String hash(EmailAddress address) {
        return secret.keyedHash(address.value());
    }

    /**
     * The address's hashes under every key of the ring, the current one first: the one place that
     * says how a stored hash is looked up, for this list and every other table that keeps one.
     */
    public List<String> hashes(EmailAddress address) {
        return secret.keyedHashes(address.value());
    }

    /** Whether any of an address's {@link #hashes} is barred from any of {@code kinds}. */
    public boolean containsAny(Collection<String> addressHashes, Set<Suppression> kinds) {
        return !containing(addressHashes, kinds).isEmpty();
    }

    /** Whether the address is barred from any of {@code kinds}. */
    public boolean contains(String addressHash, Set<Suppression> kinds) {
        return !containing(List.of(addressHash), kinds).isEmpty();
    }

    /** Which of {@code hashes} are barred from any of {@code kinds}, in one query. */
    public Set<String> containing(Collection<String> hashes, Set<Suppression> kinds) {
        if (hashes.isEmpty() || kinds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select distinct d.addressHash from DoNotContact d"
                        + " where d.addressHash in :hashes and d.kind in :kinds", String.class)
                .setParameter("hashes", List.copyOf(hashes)).setParameter("kinds", List.copyOf(kinds))
                .getResultList());
    }

    /** The kinds the address is barred from. */
    public Set<Suppression> kinds(String addressHash) {
        var kinds = EnumSet.noneOf(Suppression.class);
        kinds.addAll(em.createQuery("select d.kind from DoNotContact d where d.addressHash = :hash", Suppression.class)
                .setParameter("hash", addressHash).getResultList());
        return kinds;
    }

    /**
     * What the list says of one address, in one query: the kinds it is barred from and whether it was
     * reported as a minor's (R4). For intake, which needs both for every form: plain SQL, which
     * EclipseLink does not translate again on every call as it does a JPQL projection. The query does not
     * flush this transaction's writes first: {@link #add} flushes its rows as it adds them (refreshing the
     * contact states), so nothing this list holds is left unflushed, and a shared transaction's forms
     * are not sent to the database one by one before each look. Under every key of the ring ({@link
     * #hashes}): a minor reported before a key rotation is not re-keyed (their person is erased).
     */
    public Listing listing(List<String> addressHashes) {
        var kinds = EnumSet.noneOf(Suppression.class);
        boolean minor = false;
        var placeholders = new StringJoiner(", ", "(", ")");
        for (int i = 1; i <= addressHashes.size(); i++) {
            placeholders.add("?" + i);
        }
        var query = em.createNativeQuery("select kind, reason from do_not_contact where address_hash in " + placeholders)
                .setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < addressHashes.size(); i++) {
            query.setParameter(i + 1, addressHashes.get(i));
        }
        List<?> rows = query.getResultList();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            kinds.add(Suppression.valueOf(row[0].toString()));
            minor |= MINOR.equals(row[1]);
        }
        return new Listing(kinds, minor);
    }

    /** An address's rows on the list: the kinds it is barred from, and whether any says it is a minor's. */
    public record Listing(Set<Suppression> kinds, boolean reportedMinor) {

        public boolean barredFromAny(Set<Suppression> these) {
            return these.stream().anyMatch(kinds::contains);
        }
    }

    /** Whether the privacy officer reported the address as a minor's (R4). */
    public boolean reportedMinor(String addressHash) {
        return !em.createQuery("select d.kind from DoNotContact d where d.addressHash = :hash and d.reason = :minor",
                        Suppression.class).setParameter("hash", addressHash).setParameter("minor", MINOR)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Bars the address from each of {@code kinds} it is not barred from yet; a concurrent add of the
     * same row fails the caller, who retries.
     */
    public void add(String addressHash, Set<Suppression> kinds, String reason, Instant now) {
        add(addressHash, kinds, reason, now, kinds(addressHash));
    }

    /** {@link #add}, when the caller has just read the kinds the address is barred from. */
    public void add(String addressHash, Set<Suppression> kinds, String reason, Instant now, Set<Suppression> held) {
        boolean added = false;
        for (Suppression kind : kinds) {
            if (!held.contains(kind)) {
                em.persist(new DoNotContact(addressHash, kind, reason, now));
                added = true;
            }
        }
        if (added) {
            // The people under this hash (usually one) see the bar in their contact state at once.
            contactStates.refreshHashes(List.of(addressHash));
        }
    }

    /**
     * The same question as SQL, for queries that choose people in the database: whether the hash in
     * {@code hashColumn} (a qualified column such as {@code p.address_hash}) is barred from any of
     * {@code kinds}. Kinds are enum names, so nothing outside the code reaches the SQL.
     */
    public static String listedSql(String hashColumn, Set<Suppression> kinds) {
        if (!COLUMN.matcher(hashColumn).matches()) {
            throw new IllegalArgumentException("not a hash column: " + hashColumn);
        }
        return "exists (select 1 from do_not_contact dnc where dnc.address_hash = " + hashColumn
                + " and dnc.kind in (" + names(kinds) + "))";
    }

    /**
     * The hashes barred from any of {@code kinds}, as an uncorrelated subquery: for a classification
     * over a million people ({@code p.address_hash in (...)}), which the database hashes once.
     */
    public static String hashesSql(Set<Suppression> kinds) {
        return "select dnc.address_hash from do_not_contact dnc where dnc.kind in (" + names(kinds) + ")";
    }

    private static String names(Set<Suppression> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no kinds");
        }
        return kinds.stream().sorted().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
    }
}
