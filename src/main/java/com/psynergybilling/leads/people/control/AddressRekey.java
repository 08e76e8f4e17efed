package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.platform.control.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * After a key rotation, moves every stored hash of an address the service still holds to the current
 * key, in every table that keeps one, so that the database's joins (the do-not-contact list against
 * people, in audiences and exports) meet again under one key. An address that is no longer held
 * (erased, removed, lapsed) cannot be hashed anew by anyone: its old hashes stay, and look-ups find
 * them through the previous keys. The audit log is not touched: its chain covers each entry's subject.
 */
@ApplicationScoped
public class AddressRekey {

    /** Where addresses are still held: table and address column, walked by id. */
    public static final List<String> SOURCES = List.of("people", "referred_colleagues", "pending_colleagues",
            "privacy_requests");

    /**
     * Every column that keeps a keyed address hash. {@code unique} names what must not repeat with the
     * hash: null where it may repeat, "" where the hash alone is the key, else the other key column.
     * (A referral removal request's {@code address_hashes} hold the address's hash under every key
     * already; its {@code address_hash}, kept for nodes of the release before, moves like the others.)
     */
    static final List<Hashed> HASHED = List.of(new Hashed("people", "address_hash", null),
            new Hashed("do_not_contact", "address_hash", "kind"),
            new Hashed("referred_colleagues", "address_hash", ""),
            new Hashed("pending_colleagues", "address_hash", null),
            new Hashed("referral_removal_requests", "address_hash", null),
            new Hashed("referrer_quotas", "referrer_hash", ""),
            new Hashed("privacy_requests", "address_hash", null),
            new Hashed("legal_holds", "address_hash", null),
            new Hashed("disclosures", "address_hash", null),
            new Hashed("webhook_deliveries", "address_hash", null));

    @PersistenceContext
    EntityManager em;

    @Inject
    Secret secret;

    @Inject
    ContactStates contactStates;

    /** Whether there is anything to move: some previous key is configured. */
    public boolean rotating() {
        return secret.keyCount() > 1;
    }

    /**
     * Re-keys the hashes of up to {@code size} addresses of {@code source} after id {@code afterId};
     * returns the last id seen (null when the source is exhausted) and how many rows moved.
     */
    @SuppressWarnings("unchecked")
    public Step step(String source, String afterId, int size) {
        List<Object[]> rows = em.createNativeQuery("select id, email from " + source
                        + " where email is not null and id > ? order by id")
                .setParameter(1, afterId == null ? "" : afterId).setMaxResults(size).getResultList();
        var currentOf = new HashMap<String, String>();
        for (Object[] row : rows) {
            List<String> hashes = secret.keyedHashes(row[1].toString());
            hashes.subList(1, hashes.size()).forEach(old -> currentOf.put(old, hashes.get(0)));
        }
        int moved = currentOf.isEmpty() ? 0 : HASHED.stream().mapToInt(column -> move(column, currentOf)).sum();
        if (moved > 0) {
            // The people's hashes and the list's moved together; their contact states are computed again
            // under the current key, in case another step moved one side of the same address before.
            contactStates.refreshHashes(currentOf.values());
        }
        String last = rows.size() < size ? null : rows.get(rows.size() - 1)[0].toString();
        return new Step(last, moved);
    }

    /**
     * Moves each old hash found in the column to its current one. Where the hash is (part of) a key, a
     * row whose current twin is already there stays under the old hash, where the ring still finds it.
     */
    @SuppressWarnings("unchecked")
    private int move(Hashed column, Map<String, String> currentOf) {
        var olds = List.copyOf(currentOf.keySet());
        var select = em.createNativeQuery("select distinct " + column.column() + " from " + column.table() + " where "
                + column.column() + " in (" + marks(olds.size()) + ")");
        for (int i = 0; i < olds.size(); i++) {
            select.setParameter(i + 1, olds.get(i));
        }
        int moved = 0;
        for (Object old : (List<Object>) select.getResultList()) {
            moved += em.createNativeQuery("update " + column.table() + " set " + column.column() + " = ?1 where "
                            + column.column() + " = ?2" + column.unlessTaken())
                    .setParameter(1, currentOf.get(old.toString())).setParameter(2, old.toString()).executeUpdate();
        }
        return moved;
    }

    private static String marks(int count) {
        var marks = new StringJoiner(", ");
        for (int i = 1; i <= count; i++) {
            marks.add("?" + i);
        }
        return marks.toString();
    }

    public record Step(String lastId, int moved) {
    }

    /** A column of keyed address hashes (names are constants of this class, never input). */
    record Hashed(String table, String column, String unique) {

        String unlessTaken() {
            if (unique == null) {
                return "";
            }
            return " and not exists (select 1 from " + table + " t where t." + column + " = ?1"
                    + (unique.isEmpty() ? "" : " and t." + unique + " = " + table + "." + unique) + ")";
        }
    }
}
