package com.psynergybilling.leads.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.TestContactStates;
import com.psynergybilling.leads.people.control.TestDoNotContact;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.OptedOut;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.SubmissionsImported;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.TestPolicies;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An import's chunk written on the real schema, after a key rotation. */
class LeadWriterTest {

    static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    static final PolicyBook POLICIES = TestPolicies.bundled();

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    EntityManager em;
    LeadWriter writer;
    RecordedEvents<SubmissionsImported> imported;
    RecordedEvents<OptedOut> optedOut;

    @BeforeEach
    void open() {
        em = db.open();
        // Before the rotation: two addresses opted out of sale and sharing (one of them a lead stored since
        // under the new key), another reported as a minor's.
        db.inTransaction(tx -> {
            var list = TestDoNotContact.on(tx, TestSecrets.of("import-test-secret"));
            for (String unshared : List.of("unshared@example.com", "known-unshared@example.com")) {
                list.add(list.hash(EmailAddress.of(unshared)), Suppression.barringSaleOrSharing(), "GPC", AT);
            }
            list.add(list.hash(EmailAddress.of("young@example.com")), Suppression.barringPromotions(),
                    DoNotContactList.MINOR, AT);
            tx.persist(new Person(EmailAddress.of("known-unshared@example.com"),
                    rotatedSecret().keyedHash("known-unshared@example.com"), AT));
        });
        var rotated = rotatedSecret();
        writer = new LeadWriter();
        writer.dataSource = db.dataSource();
        writer.doNotContact = TestDoNotContact.on(em, rotated);
        writer.contactStates = TestContactStates.on(em, POLICIES);
        imported = new RecordedEvents<>();
        writer.imported = imported;
        optedOut = new RecordedEvents<>();
        writer.optedOutEvents = optedOut;
        writer.em = em;
    }

    @Test
    @DisplayName("R20: an import adds nothing to a person a legal hold alone keeps (every record restricted): the line "
            + "is refused; a person who came back with a new form is imported as usual")
    void aPersonKeptOnlyForAHoldTakesNoImport() throws Exception {
        var rotated = rotatedSecret();
        String held = db.inTransactionOf(tx -> {
            var person = new Person(EmailAddress.of("held@example.com"), rotated.keyedHash("held@example.com"), AT);
            tx.persist(person);
            tx.persist(new com.psynergybilling.leads.people.entity.Submission(person, lead(9, "held@example.com")
                    .row().data(), false, lead(9, "held@example.com").collection()));
            return person.id();
        });
        db.inTransaction(tx -> tx.createNativeQuery("update submissions set restricted_at = ?1 where person_id = ?2")
                .setParameter(1, AT.atOffset(java.time.ZoneOffset.UTC)).setParameter(2, held).executeUpdate());

        var progress = writer.write(List.of(lead(2, "held@example.com"), lead(3, "plain@example.com")),
                new ImportProgress("import-2", 0, 0, 0, null), 2, 0, List.of(), AT);

        assertEquals(1, progress.accepted());
        assertEquals(1, progress.refused(), "the held person's line is refused");
        assertEquals(List.of("plain@example.com"), imported.fired.get(0).rows().stream()
                .map(r -> r.fields().get("email").toString()).toList(), "and nothing of them goes downstream");
    }

    private static Secret rotatedSecret() {
        var rotated = new Secret();
        rotated.configure("import-test-secret-2", "import-test-secret");
        return rotated;
    }

    @AfterEach
    void close() {
        em.close();
    }

    private static LeadWriter.Lead lead(int line, String email) {
        var data = new SubmittedData(EmailAddress.of(email), "Ida Import", null, "Clinic", null, null, null, null,
                null, null, null, null);
        return new LeadWriter.Lead(line, new LeadRows.Row(line, data, false, List.of()),
                POLICIES.current().collect("DEMO_REQUEST", data.presentFields(), false, AT));
    }

    @Test
    @DisplayName("R4, R5, R21: after a key rotation an import still refuses a reported minor's address and keeps an opt-out "
            + "of sale and sharing made under the old key, on the person and in what goes downstream")
    void theListCountsUnderEveryKey() throws Exception {
        var progress = writer.write(List.of(lead(2, "unshared@example.com"), lead(3, "young@example.com"),
                lead(4, "plain@example.com"), lead(5, "known-unshared@example.com")),
                new ImportProgress("import-1", 0, 0, 0, null), 4, 0, List.of(), AT);

        assertEquals(3, progress.accepted());
        assertEquals(1, progress.refused(), "the minor's line is refused");
        try (var connection = db.connect(); var rows = connection.createStatement()
                .executeQuery("select email, sale_sharing_opt_out from people")) {
            var optedOut = new java.util.HashMap<String, Boolean>();
            while (rows.next()) {
                optedOut.put(rows.getString(1), rows.getBoolean(2));
            }
            assertEquals(Map.of("unshared@example.com", true, "plain@example.com", false,
                    "known-unshared@example.com", true), optedOut);
        }
        Map<String, Boolean> downstream = imported.fired.get(0).rows().stream().collect(Collectors.toMap(
                r -> r.fields().get("email").toString(), SubmissionsImported.Row::saleSharingOptOut));
        assertTrue(downstream.get("unshared@example.com"), "the CRM is told of the opt-out");
        assertFalse(downstream.get("plain@example.com"));
        assertEquals(List.of("known-unshared@example.com"), this.optedOut.fired.stream()
                .map(o -> o.person().email().value()).toList(),
                "R21: the known person's opt-out, shown only now, reaches the endpoints that received them");
    }
}
