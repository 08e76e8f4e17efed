package com.psynergybilling.leads.imports.control;

import com.psynergybilling.leads.people.control.ContactStates;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Suppression;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Puts keyed hashes on the do-not-contact list in JDBC batches, in the caller's transaction: each
 * (hash, kind) once, so a repeated or overlapping file adds nothing. Addresses never reach this
 * class, only their hashes. A lead behind a hash opts out as if they had asked here: their own flags
 * are set and the endpoints that received them are told (R21).
 */
@ApplicationScoped
public class SuppressionWriter {

    public static final String REASON = "IMPORT";

    @Resource(lookup = "java:app/jdbc/leads")
    DataSource dataSource;

    @Inject
    ContactStates contactStates;

    @Inject
    People people;

    /**
     * Bars the addresses from {@code kinds} and saves the import's progress with them: {@code everyKey}
     * holds each address's hashes under every key of the ring, the current one first (the list takes
     * that one; a lead stored before a key rotation is found by any); {@code rows} lines read, of which
     * {@code refused} were no address, for {@code errors}.
     */
    public ImportProgress add(List<List<String>> everyKey, Set<Suppression> kinds, ImportProgress before, int rows,
                              int refused, List<com.psynergybilling.leads.imports.entity.LineError> errors, Instant now)
            throws SQLException {
        List<String> hashes = everyKey.stream().map(all -> all.get(0)).toList();
        // The leads first, locked as a form locks its person, then the list: intake's order, so the two
        // never wait on each other in a circle. Their own list rows are flushed on this transaction's
        // connection, which the statements below share.
        optOut(everyKey.stream().flatMap(List::stream).toList(), kinds, now);
        try (Connection db = dataSource.getConnection()) {
            var held = new HashSet<String>();
            for (List<String> part : LeadWriter.parts(List.copyOf(new HashSet<>(hashes)))) {
                try (var query = db.prepareStatement("select address_hash, kind from do_not_contact where address_hash in ("
                        + LeadWriter.marks(part.size()) + ")")) {
                    LeadWriter.bind(query, part);
                    try (var found = query.executeQuery()) {
                        while (found.next()) {
                            held.add(found.getString(1) + " " + found.getString(2));
                        }
                    }
                }
            }
            int added = 0;
            try (var insert = db.prepareStatement("insert into do_not_contact (address_hash, kind, reason, created_at)"
                    + " values (?, ?, ?, ?)")) {
                for (String hash : new HashSet<>(hashes)) {
                    for (Suppression kind : kinds) {
                        if (held.add(hash + " " + kind.name())) {
                            insert.setString(1, hash);
                            insert.setString(2, kind.name());
                            insert.setString(3, REASON);
                            insert.setObject(4, LeadWriter.time(now));
                            insert.addBatch();
                            added++;
                        }
                    }
                }
                if (added > 0) {
                    insert.executeBatch();
                }
            }
            if (added > 0) {
                // The people behind these hashes leave audiences at once (R12): their contact states.
                contactStates.refreshHashes(db, hashes);
            }
            var after = before.counted(rows, hashes.size(), refused, errors);
            after.save(db, now);
            return after;
        }
    }

    /**
     * The leads behind {@code hashes} take the opt-outs they do not have yet, through {@link People} as a
     * request here would (a file imported again finds nothing left to do).
     */
    private void optOut(List<String> hashes, Set<Suppression> kinds, Instant now) {
        boolean promotions = kinds.stream().anyMatch(Suppression.barringPromotions()::contains);
        boolean sale = kinds.stream().anyMatch(Suppression.barringSaleOrSharing()::contains);
        if (!promotions && !sale) {
            return;
        }
        for (List<String> part : LeadWriter.parts(List.copyOf(new HashSet<>(hashes)))) {
            for (Person person : people.lockByHashes(part)) {
                if (promotions && !person.unsubscribed()) {
                    people.unsubscribe(person, REASON, now);
                }
                if (sale && !person.saleSharingOptOut()) {
                    people.optOutOfSaleAndSharing(person, REASON, now);
                }
            }
        }
    }
}
