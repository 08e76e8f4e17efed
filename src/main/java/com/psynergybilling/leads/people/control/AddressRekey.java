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
    public static final List<String> SOURCES = List.of("people", "referred_colleagues", "privacy_requests");

    /** Every table that keeps a keyed address hash, and whether the hash is unique in it. */
    static final Map<String, Boolean> HASHED = Map.of("people", false, "do_not_contact", true,
            "referred_colleagues", true, "privacy_requests", false, "legal_holds", false, "disclosures", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    Secret secret;

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
        int moved = currentOf.isEmpty() ? 0 : HASHED.entrySet().stream()
                .mapToInt(table -> move(table.getKey(), table.getValue(), currentOf)).sum();
        String last = rows.size() < size ? null : rows.get(rows.size() - 1)[0].toString();
        return new Step(last, moved);
    }

    /** Moves each old hash found in {@code table} to its current one (unless, where unique, that one is there). */
    @SuppressWarnings("unchecked")
    private int move(String table, boolean unique, Map<String, String> currentOf) {
        var olds = List.copyOf(currentOf.keySet());
        var select = em.createNativeQuery("select distinct address_hash from " + table + " where address_hash in ("
                + marks(olds.size()) + ")");
        for (int i = 0; i < olds.size(); i++) {
            select.setParameter(i + 1, olds.get(i));
        }
        int moved = 0;
        for (Object old : (List<Object>) select.getResultList()) {
            String current = currentOf.get(old.toString());
            moved += em.createNativeQuery("update " + table + " set address_hash = ?1 where address_hash = ?2"
                            + (unique ? " and not exists (select 1 from " + table + " t where t.address_hash = ?1)" : ""))
                    .setParameter(1, current).setParameter(2, old.toString()).executeUpdate();
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
}
