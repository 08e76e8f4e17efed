package com.psynergybilling.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.mail.entity.MailState;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.ColumnNames;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.sales.entity.DemoRequest;
import com.psynergybilling.leads.sales.entity.DemoRequestStatus;
import com.psynergybilling.leads.sales.entity.RequestType;
import com.psynergybilling.leads.staff.entity.ApiToken;
import com.psynergybilling.leads.staff.entity.Role;
import com.psynergybilling.leads.staff.entity.StaffUser;
import com.psynergybilling.leads.webinars.entity.Webinar;
import com.psynergybilling.leads.webinars.entity.WebinarRegistration;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every entity against the schema the migrations build: each column it maps (by {@code @Column} or by
 * the convention of {@link ColumnNames}) is there, and what is written is read back the same.
 */
class JpaMappingTest {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void everyEntityRoundTripsThroughTheMigratedSchema() {
        Instant at = Instant.parse("2026-11-29T08:00:00.123456Z");
        var person = new Person(EmailAddress.of("round@example.com"), "hash-round@example.com", at);
        var data = new SubmittedData(person.email(), "Round Trip", "+1 555", "Org", "1 Main St\nTown", "Cardiology", 3,
                "Billing", "hello", "https://example.com/x", "203.0.113.1", "agent");
        var collection = new Collection("DEMO_REQUEST", List.of("BASIC_IDENTIFIERS", "USER_CONTENT"),
                List.of("PROVIDING_THE_SERVICE"), "2024-06-30", at);
        var submission = new Submission(person, data, true, collection);
        var request = new DemoRequest(submission, RequestType.DEMO);
        var user = new StaffUser("mapper", "hash", EnumSet.of(Role.sales, Role.marketing), at);
        var token = new ApiToken(user, "f".repeat(64), "label", at);
        var mail = new OutboxMessage("referral:round", "REFERRAL_INVITATION", "round@example.com", "test-message",
                "{\"text\":\"hi\"}", "ref-1", at);
        db.inTransaction(em -> {
            em.persist(mail);
            em.persist(person);
            em.persist(submission);
            em.persist(request);
            em.persist(user);
            em.persist(token);
        });

        var em = db.open();
        var read = em.find(DemoRequest.class, request.id());
        assertEquals(DemoRequestStatus.NEW, read.status());
        assertEquals(at, read.receivedAt());
        var readSubmission = read.submission();
        assertEquals("Round Trip", readSubmission.fullName());
        assertEquals("1 Main St\nTown", readSubmission.businessAddress());
        assertEquals(3, readSubmission.providerCount());
        assertEquals("round@example.com", readSubmission.person().email().value());
        assertEquals(List.of("BASIC_IDENTIFIERS", "USER_CONTENT"), readSubmission.collection().categories());
        assertEquals(at, readSubmission.collection().collectedAt());
        assertEquals(EnumSet.of(Role.sales, Role.marketing), em.find(StaffUser.class, "mapper").roles());
        assertEquals("mapper", em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", "f".repeat(64))
                .getSingleResult().user().username());
        var readMail = em.find(OutboxMessage.class, mail.id());
        assertEquals(MailState.QUEUED, readMail.state());
        assertEquals(at, readMail.createdAt());
        assertEquals(at, readMail.retries().nextAttemptAt());
        assertEquals("{\"text\":\"hi\"}", readMail.model());
        em.close();
    }

    @Test
    void anAddressBelongsToOnePerson() {
        Instant at = Instant.now();
        db.inTransaction(em -> em.persist(new Person(EmailAddress.of("once@example.com"), "hash-once@example.com", at)));
        boolean refused = false;
        try {
            db.inTransaction(em -> {
                em.persist(new Person(EmailAddress.of("once@example.com"), "hash-once@example.com", at));
                em.flush();
            });
        } catch (PersistenceException e) {
            refused = true;
        }
        assertTrue(refused, "the unique address is enforced by the schema");
    }

    @Test
    void aPersonRegistersForAWebinarOnce() {
        Instant at = Instant.parse("2026-11-29T08:00:00.123456Z");
        var webinar = new Webinar("Claims in 2027", at.plusSeconds(86_400), "marketer", at);
        var person = new Person(EmailAddress.of("webinar-once@example.com"), "hash-webinar-once@example.com", at);
        var data = new SubmittedData(person.email(), "Once", null, null, null, null, null, null, null, null, null, null);
        var collection = new Collection("WEBINAR_SIGNUP", List.of("BASIC_IDENTIFIERS"),
                List.of("PROVIDING_THE_SERVICE"), "2024-06-30", at);
        var first = new Submission(person, data, false, collection);
        var second = new Submission(person, data, false, collection);
        var registration = new WebinarRegistration(webinar, first, at);
        db.inTransaction(em -> {
            em.persist(webinar);
            em.persist(person);
            em.persist(first);
            em.persist(second);
            em.persist(registration);
        });
        var em = db.open();
        var read = em.find(WebinarRegistration.class, registration.id());
        assertEquals(at.plusSeconds(86_400), read.webinar().startsAt());
        assertEquals(first.id(), read.submission().id());
        assertEquals(at, read.registeredAt());
        em.close();
        boolean refused = false;
        try {
            db.inTransaction(again -> {
                again.persist(new WebinarRegistration(again.find(Webinar.class, webinar.id()),
                        again.find(Submission.class, second.id()), at));
                again.flush();
            });
        } catch (PersistenceException e) {
            refused = true;
        }
        assertTrue(refused, "one registration per person and webinar is enforced by the schema");
    }

    @Test
    void attributesInCamelCaseMapToColumnsInSnakeCase() {
        assertEquals("received_at", ColumnNames.snakeCase("receivedAt"));
        assertEquals("address_line2", ColumnNames.snakeCase("addressLine2"));
        assertEquals("status", ColumnNames.snakeCase("status"));
    }

    @Test
    void everyMappedColumnIsInTheMigratedSchema() throws SQLException {
        Set<String> schema = schemaColumns();
        var missing = new TreeSet<String>();
        int checked = 0;
        for (ClassDescriptor descriptor : JpaHelper.getServerSession(db.factory()).getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.getTables().isEmpty()) {
                continue;
            }
            var fields = new ArrayList<DatabaseField>(descriptor.getFields());
            fields.addAll(descriptor.getPrimaryKeyFields());
            if (descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy version) {
                fields.add(version.getWriteLockField());
            }
            for (DatabaseField field : fields) {
                String table = field.hasTableName() ? field.getTableName() : descriptor.getTableName();
                String column = (table + "." + field.getName()).toLowerCase(Locale.ROOT);
                checked++;
                if (!schema.contains(column)) {
                    missing.add(descriptor.getJavaClass().getSimpleName() + " -> " + column);
                }
            }
        }
        assertFalse(checked < 100, "the entities map hundreds of columns, not " + checked);
        assertEquals(new TreeSet<String>(), missing, "mapped to columns the migrations do not make");
    }

    private static Set<String> schemaColumns() throws SQLException {
        var columns = new HashSet<String>();
        try (var connection = db.connect();
                var rows = connection.getMetaData().getColumns(null, "PUBLIC", null, null)) {
            while (rows.next()) {
                columns.add((rows.getString("TABLE_NAME") + "." + rows.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
