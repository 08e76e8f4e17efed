package com.psynergybilling.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.PersonalColumns.Kind;
import com.psynergybilling.leads.audit.control.AuditWiring;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.rights.control.RightsWiring;
import com.psynergybilling.leads.rights.entity.HoldReason;
import com.psynergybilling.leads.rights.entity.LegalHold;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import com.psynergybilling.leads.rights.entity.Requester;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R20: walks the schema the migrations build, so that no column can hold a person's data unnoticed.
 * Every column must be classified in {@link PersonalColumns}; after an erasure through the audit and
 * rights holders, no personal or linkable column holds anything of that person.
 */
class PersonalColumnsTest {

    static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** table.column of every column of the application's tables, as the migrations left them. */
    static List<String> schema(EntityManager em) {
        var columns = new ArrayList<String>();
        for (Object row : em.createNativeQuery("select table_name, column_name from information_schema.columns"
                + " where table_schema = 'PUBLIC' and table_name not like 'flyway%'").getResultList()) {
            var cells = (Object[]) row;
            columns.add((cells[0] + "." + cells[1]).toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    @Test
    @DisplayName("R20: every column the migrations create is classified (personal, linkable, kept hash or none)")
    void everyColumnIsClassified() {
        var em = db.open();
        var columns = schema(em);
        em.close();
        var unclassified = new TreeSet<>(columns);
        unclassified.removeAll(PersonalColumns.ALL.keySet());
        assertEquals(new TreeSet<String>(), unclassified, "classify these in PersonalColumns, with the reason");
        var gone = new TreeSet<>(PersonalColumns.ALL.keySet());
        gone.removeAll(columns);
        assertEquals(new TreeSet<String>(), gone, "classified but no longer in the schema");
        assertTrue(columns.size() > 150, "the walk sees the whole schema, not one table: " + columns.size());
    }

    @Test
    @DisplayName("R20, R26: after erasure no personal or linkable column of the audit log, the requests or the holds "
            + "holds anything of the person")
    void erasureLeavesNothingLinkable() {
        var address = EmailAddress.of("walk-" + System.nanoTime() + "@example.com");
        String hash = "c0ffee".repeat(10) + "abcd";
        var subject = new DataSubject(address, hash, Optional.empty());
        var request = new PrivacyRequest(PrivacyRequestType.DELETE, hash, new Requester(address, "Wanda Walker", "CO",
                null, "Aggie Agent", "agent@example.com", "signed by Wanda Walker", null),
                new Collection("PRIVACY_REQUEST", List.of("BASIC_IDENTIFIERS"), List.of("REQUIRED_BY_LAW"),
                        "2024-06-30", AT), AT);
        var hold = new LegalHold(hash, HoldReason.LITIGATION, "LIT-Walker-17", "officer", AT);
        request.clocks().extend("Wanda Walker asked for more", AT);
        db.inTransaction(em -> {
            em.persist(request);
            em.persist(hold);
            request.verified(PrivacyRequestStatus.AWAITING_DECISION, AT);
            request.decide(false, "LEGAL_OBLIGATION", "Dear Wanda Walker, held", "officer", AT);
            request.appeal("Wanda Walker appeals", AT);
            hold.release("officer", AT);
            var log = AuditWiring.log(em);
            log.append(new Audited("officer", "LEGAL_HOLD_PLACED", hash, "REQUIRED_BY_LAW", "legal-hold " + hold.id()));
            log.append(new Audited("officer", "PRIVACY_DECISION", hash, "REQUIRED_BY_LAW", "privacy-request x"));
        });
        assertTrue(linking(hash, address, "Wanda Walker", "LIT-Walker-17").size() >= 4, "held before");

        db.inTransaction(em -> {
            var audit = AuditWiring.data(em);
            var rights = RightsWiring.data(em);
            assertTrue(audit.erase(subject, AT) >= 2);
            assertTrue(rights.erase(subject, AT) >= 2);
        });
        assertEquals(new TreeMap<String, Kind>(), linking(hash, address, "Wanda Walker", "LIT-Walker-17"));
        var em = db.open();
        assertEquals(2L, ((Number) em.createNativeQuery("select count(*) from audit_entries where subject is null"
                + " and subject_salt is null and subject_digest is not null").getSingleResult()).longValue(),
                "the entries stay, known by an unsalted digest only");
        em.close();
    }

    /** Every personal or linkable column holding one of {@code traces} (or the address), by kind. */
    static TreeMap<String, Kind> linking(String hash, EmailAddress address, String... traces) {
        var found = new TreeMap<String, Kind>();
        var em = db.open();
        try {
            var values = new ArrayList<>(List.of(traces));
            values.add(hash);
            values.add(address.value());
            PersonalColumns.ALL.forEach((column, kind) -> {
                if (kind != Kind.PERSONAL && kind != Kind.LINKABLE) {
                    return;
                }
                String[] parts = column.split("\\.");
                for (String value : values) {
                    Number count = (Number) em.createNativeQuery("select count(*) from " + parts[0] + " where lower(cast("
                            + parts[1] + " as varchar)) like ?").setParameter(1, "%" + value.toLowerCase(Locale.ROOT) + "%")
                            .getSingleResult();
                    if (count.longValue() > 0) {
                        found.put(column, kind);
                    }
                }
            });
        } finally {
            em.close();
        }
        return found;
    }
}
