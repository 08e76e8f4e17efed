package com.psynergybilling.leads.imports.control;

import com.psynergybilling.leads.imports.entity.LineError;
import com.psynergybilling.leads.people.control.ContactStates;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.OptedOut;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.SubmissionsImported;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.sales.entity.RequestType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes a chunk of valid rows in JDBC batches, into the tables and with the collection record the
 * public forms use (people, submissions, demo_requests), in the caller's transaction: what JPA would
 * do a row at a time. As at intake, a reported minor's address is refused (R4); a suppressed
 * address is imported and its suppression keeps binding (the do-not-contact list is read by the
 * hash, which an import never lifts); an opt-out of sale shows on the person as it does at intake.
 * Each row records its import and when ({@code import_id}, {@code imported_at}); the chunk's stored
 * submissions are announced ({@link SubmissionsImported}) in its transaction, for the webhook outbox.
 */
@ApplicationScoped
public class LeadWriter {

    @Resource(lookup = "java:app/jdbc/leads")
    DataSource dataSource;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    ContactStates contactStates;

    @Inject
    Event<SubmissionsImported> imported;

    @Inject
    Event<OptedOut> optedOutEvents;

    @PersistenceContext
    EntityManager em;

    /** One valid row, with the record the declaration gives it. */
    public record Lead(int line, LeadRows.Row row, Collection collection) {
    }

    /**
     * Stores a chunk's valid rows and saves the import's progress with them: {@code rows} read in the
     * chunk, of which {@code readRefused} were refused when read, for {@code readErrors}.
     */
    public ImportProgress write(List<Lead> leads, ImportProgress before, int rows, int readRefused,
                                List<LineError> readErrors, Instant now) throws SQLException {
        String importId = before.importId();
        // Each address under every key of the ring: a minor reported, or an opt-out of sale made, before a
        // key rotation still counts (the list is not re-keyed for addresses the service no longer holds).
        Map<String, List<String>> everyKey = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        for (Lead lead : leads) {
            var all = everyKey.computeIfAbsent(lead.row().data().email().value(),
                    e -> doNotContact.hashes(lead.row().data().email()));
            hashes.put(lead.row().data().email().value(), all.get(0));
        }
        try (Connection db = dataSource.getConnection()) {
            var allKeys = everyKey.values().stream().flatMap(List::stream).toList();
            Set<String> minors = underAnyKey(everyKey, listed(db, allKeys, "reason = '" + DoNotContactList.MINOR + "'"));
            Set<String> noSale = underAnyKey(everyKey,
                    listed(db, allKeys, "kind = '" + Suppression.NO_SALE_OR_SHARING.name() + "'"));
            Set<String> optedOut = new HashSet<>();
            Map<String, String> people = existing(db, hashes.keySet(), optedOut);
            Set<String> keptForHold = keptOnlyForAHold(db, people.values());
            var refused = new ArrayList<LineError>();
            var stored = new ArrayList<Lead>();
            Map<String, NewPerson> created = new LinkedHashMap<>();
            Map<String, Boolean> consentedExisting = new HashMap<>();
            for (Lead lead : leads) {
                String email = lead.row().data().email().value();
                String hash = hashes.get(email);
                if (minors.contains(hash)) {
                    refused.add(new LineError(lead.line(), "email", "this address may not be stored (R4)"));
                    continue;
                }
                if (keptForHold.contains(people.get(email))) {
                    // Their deletion was asked for or due and a legal hold alone keeps them: nothing new goes in.
                    refused.add(new LineError(lead.line(), "email",
                            "this address's data is kept only for a legal obligation and may not be used (R20)"));
                    continue;
                }
                stored.add(lead);
                if (people.containsKey(email)) {
                    consentedExisting.merge(email, lead.row().consented(), Boolean::logicalOr);
                } else {
                    var person = created.computeIfAbsent(email, e -> new NewPerson(UUID.randomUUID().toString(),
                            hash, lead.collection().collectedAt()));
                    person.consented |= lead.row().consented();
                    people.put(email, person.id);
                }
            }
            insertPeople(db, created, noSale);
            updatePeople(db, consentedExisting, people, hashes, noSale);
            // A known person whose opt-out of sale the list held only now shows it: the endpoints that
            // received them are told, as after any opt-out (before this chunk's own deliveries queue).
            for (String email : consentedExisting.keySet()) {
                String personId = people.get(email);
                if (noSale.contains(hashes.get(email)) && !optedOut.contains(personId)) {
                    optedOutEvents.fire(new OptedOut(em.find(Person.class, personId), OptedOut.SALE_AND_SHARING,
                            SuppressionWriter.REASON, now));
                }
            }
            var ids = insertSubmissions(db, importId, stored, people, now);
            // New people and new submissions change audiences: their contact states, on this connection.
            contactStates.refresh(db, stored.stream().map(l -> people.get(l.row().data().email().value())).toList());
            // Downstream (webhooks' outbox) in this same transaction, as for a lead from the form.
            var rowsStored = new ArrayList<SubmissionsImported.Row>(stored.size());
            for (int i = 0; i < stored.size(); i++) {
                var lead = stored.get(i);
                String email = lead.row().data().email().value();
                String hash = hashes.get(email);
                rowsStored.add(new SubmissionsImported.Row(ids.get(i), people.get(email), hash,
                        noSale.contains(hash) || optedOut.contains(people.get(email)), lead.row().data().values(),
                        lead.collection()));
            }
            imported.fire(new SubmissionsImported(importId, now, rowsStored));
            var errors = new ArrayList<>(readErrors);
            errors.addAll(refused);
            errors.sort(java.util.Comparator.comparingInt(LineError::line));
            var after = before.counted(rows, stored.size(), readRefused + refused.size(), errors);
            after.save(db, now);
            return after;
        }
    }

    /** The current-key hashes of the addresses any of whose hashes (one per key) is {@code listed}. */
    static Set<String> underAnyKey(Map<String, List<String>> everyKey, Set<String> listed) {
        var found = new HashSet<String>();
        everyKey.values().stream().filter(all -> all.stream().anyMatch(listed::contains)).forEach(all -> found.add(all.get(0)));
        return found;
    }

    private static final class NewPerson {
        final String id;
        final String hash;
        final Instant at;
        boolean consented;

        NewPerson(String id, String hash, Instant at) {
            this.id = id;
            this.hash = hash;
            this.at = at;
        }
    }

    static Set<String> listed(Connection db, java.util.Collection<String> hashes, String condition) throws SQLException {
        var found = new HashSet<String>();
        for (List<String> part : parts(List.copyOf(new HashSet<>(hashes)))) {
            try (var query = db.prepareStatement("select address_hash from do_not_contact where " + condition
                    + " and address_hash in (" + marks(part.size()) + ")")) {
                bind(query, part);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /** Of {@code personIds}, those kept only for a legal hold ({@link People#keptOnlyForAHoldSql}). */
    static Set<String> keptOnlyForAHold(Connection db, java.util.Collection<String> personIds) throws SQLException {
        var found = new HashSet<String>();
        for (List<String> part : parts(List.copyOf(new HashSet<>(personIds)))) {
            try (var query = db.prepareStatement("select p.id from people p where p.id in (" + marks(part.size()) + ") and "
                    + People.keptOnlyForAHoldSql("p.id"))) {
                bind(query, part);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /** Address to person id, for the addresses already known (the unique address finds them). */
    static Map<String, String> existing(Connection db, Set<String> emails, Set<String> optedOut) throws SQLException {
        var found = new HashMap<String, String>();
        for (List<String> part : parts(List.copyOf(emails))) {
            try (var query = db.prepareStatement("select email, id, sale_sharing_opt_out from people where email in ("
                    + marks(part.size()) + ")")) {
                bind(query, part);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getString(2));
                        if (rows.getBoolean(3)) {
                            optedOut.add(rows.getString(2));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static void insertPeople(Connection db, Map<String, NewPerson> created, Set<String> noSale) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (var insert = db.prepareStatement("insert into people (id, email, address_hash, sale_sharing_opt_out,"
                + " partner_consent, minor, created_at, updated_at) values (?, ?, ?, ?, ?, false, ?, ?)")) {
            for (var entry : created.entrySet()) {
                NewPerson person = entry.getValue();
                insert.setString(1, person.id);
                insert.setString(2, entry.getKey());
                insert.setString(3, person.hash);
                insert.setBoolean(4, noSale.contains(person.hash));
                insert.setBoolean(5, person.consented);
                insert.setObject(6, time(person.at));
                insert.setObject(7, time(person.at));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * A known person gains the consent an imported row gave; an imported "no" withdraws nothing, being
     * an old answer rather than the person's latest word. Nothing else of the person changes.
     */
    private static void updatePeople(Connection db, Map<String, Boolean> consented, Map<String, String> people,
                                     Map<String, String> hashes, Set<String> noSale) throws SQLException {
        if (consented.isEmpty()) {
            return;
        }
        try (var update = db.prepareStatement("update people set address_hash = coalesce(address_hash, ?),"
                + " partner_consent = (partner_consent or ?), sale_sharing_opt_out = (sale_sharing_opt_out or ?)"
                + " where id = ?")) {
            for (var entry : consented.entrySet()) {
                String hash = hashes.get(entry.getKey());
                update.setString(1, hash);
                update.setBoolean(2, entry.getValue());
                update.setBoolean(3, noSale.contains(hash));
                update.setString(4, people.get(entry.getKey()));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static List<String> insertSubmissions(Connection db, String importId, List<Lead> stored,
                                                  Map<String, String> people, Instant now) throws SQLException {
        var ids = new ArrayList<String>(stored.size());
        try (var submission = db.prepareStatement("insert into submissions (id, person_id, source_form, categories,"
                + " purposes, policy_version, collected_at, full_name, phone, organization, business_address,"
                + " practice_specialty, provider_count, product_interest, comments, page_url, client_address, user_agent,"
                + " partner_sharing_consent, import_id, imported_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             var request = db.prepareStatement("insert into demo_requests (id, request_type, status, received_at,"
                     + " updated_at, version) values (?, ?, 'NEW', ?, ?, 0)")) {
            for (Lead lead : stored) {
                var data = lead.row().data();
                var record = lead.collection();
                String id = UUID.randomUUID().toString();
                ids.add(id);
                submission.setString(1, id);
                submission.setString(2, people.get(data.email().value()));
                submission.setString(3, record.sourceForm());
                submission.setString(4, String.join(",", record.categories()));
                submission.setString(5, String.join(",", record.purposes()));
                submission.setString(6, record.policyVersion());
                submission.setObject(7, time(record.collectedAt()));
                submission.setString(8, data.fullName());
                submission.setString(9, data.phone());
                submission.setString(10, data.organization());
                submission.setString(11, data.businessAddress());
                submission.setString(12, data.practiceSpecialty());
                if (data.providerCount() == null) {
                    submission.setNull(13, Types.INTEGER);
                } else {
                    submission.setInt(13, data.providerCount());
                }
                submission.setString(14, data.productInterest());
                submission.setString(15, data.comments());
                submission.setString(16, data.pageUrl());
                submission.setString(17, null);
                submission.setString(18, null);
                submission.setBoolean(19, lead.row().consented());
                submission.setString(20, importId);
                submission.setObject(21, time(now));
                submission.addBatch();
                request.setString(1, id);
                request.setString(2, RequestType.ofForm(record.sourceForm()).orElseThrow().name());
                request.setObject(3, time(record.collectedAt()));
                request.setObject(4, time(record.collectedAt()));
                request.addBatch();
            }
            submission.executeBatch();
            request.executeBatch();
        }
        return ids;
    }

    static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }

    static List<List<String>> parts(List<String> values) {
        var parts = new ArrayList<List<String>>();
        for (int i = 0; i < values.size(); i += 500) {
            parts.add(values.subList(i, Math.min(values.size(), i + 500)));
        }
        return parts;
    }
}
