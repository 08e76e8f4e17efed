package com.psynergybilling.leads.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.policy.control.TestPolicies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DoNotContactListTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    @DisplayName("R4, R9, R12, R16: an address is barred kind by kind, each kind once; readers ask for the kinds they read")
    void kindByKind() {
        try (var db = new TestDatabase()) {
            db.inTransaction(em -> {
                var list = TestDoNotContact.on(em, TestSecrets.of("list"));
                String removed = list.hash(EmailAddress.of("removed@example.com"));
                String minor = list.hash(EmailAddress.of("minor@example.com"));
                list.add(removed, EnumSet.of(Suppression.NO_INVITATIONS), "REFERRAL_REMOVAL", AT);
                list.add(removed, EnumSet.of(Suppression.NO_INVITATIONS, Suppression.NO_PROMOTIONS), "UNSUBSCRIBE", AT);
                list.add(minor, Suppression.all(), DoNotContactList.MINOR, AT);
                em.flush();

                assertEquals(EnumSet.of(Suppression.NO_INVITATIONS, Suppression.NO_PROMOTIONS), list.kinds(removed));
                assertTrue(list.contains(removed, Suppression.barringInvitations()));
                assertFalse(list.contains(removed, Suppression.barringSaleOrSharing()));
                assertEquals(Set.of(minor), list.containing(List.of(removed, minor), Suppression.barringSaleOrSharing()));
                assertTrue(list.reportedMinor(minor));
                assertFalse(list.reportedMinor(removed));
                // Intake's one query says the same as the two above.
                var listedMinor = list.listing(List.of(minor));
                assertTrue(listedMinor.reportedMinor());
                assertEquals(Suppression.all(), listedMinor.kinds());
                var listedRemoved = list.listing(List.of(removed));
                assertFalse(listedRemoved.reportedMinor());
                assertTrue(listedRemoved.barredFromAny(Suppression.barringInvitations()));
                assertFalse(listedRemoved.barredFromAny(Suppression.barringSaleOrSharing()));
                var unknown = list.listing(List.of(list.hash(EmailAddress.of("new@example.com"))));
                assertFalse(unknown.reportedMinor());
                assertTrue(unknown.kinds().isEmpty());
            });
        }
    }

    @Test
    @DisplayName("R4: a minor reported before a key rotation is still refused at intake after it, under the old key's hash")
    void aMinorReportedUnderTheOldKeyStaysRefused() {
        try (var db = new TestDatabase()) {
            db.inTransaction(em -> {
                var before = TestDoNotContact.on(em, TestSecrets.of("old-key"));
                before.add(before.hash(EmailAddress.of("minor@example.com")), Suppression.all(), DoNotContactList.MINOR, AT);
                em.flush();

                var rotated = new Secret();
                rotated.configure("new-key", "old-key");
                var list = TestDoNotContact.on(em, rotated);
                var hashes = list.hashes(EmailAddress.of("minor@example.com"));
                assertFalse(list.listing(List.of(hashes.get(0))).reportedMinor(), "the new key's hash alone is unlisted");
                assertTrue(list.listing(hashes).reportedMinor());
                var people = TestPeople.on(em, list);
                var data = new SubmittedData(EmailAddress.of("minor@example.com"), "Kid", null, null, null, null, null,
                        null, null, null, null, null);
                assertThrows(RefusedSubmission.class, () -> people.record(data, null, false, TestPolicies.bundled()
                        .current().collect("DEMO_REQUEST", data.presentFields(), false, AT)));
            });
        }
    }

    @Test
    @DisplayName("R9, R16: the SQL form names only the kinds asked for and takes no column it does not recognise")
    void theSqlForm() {
        assertEquals("exists (select 1 from do_not_contact dnc where dnc.address_hash = p.address_hash"
                        + " and dnc.kind in ('NO_SALE_OR_SHARING'))",
                DoNotContactList.listedSql("p.address_hash", Suppression.barringSaleOrSharing()));
        assertTrue(DoNotContactList.listedSql("p.address_hash", Suppression.barringInvitations())
                .endsWith("in ('NO_PROMOTIONS', 'NO_INVITATIONS', 'BOUNCED', 'COMPLAINED'))"));
        assertThrows(IllegalArgumentException.class,
                () -> DoNotContactList.listedSql("p.address_hash or 1=1", Suppression.all()));
        assertThrows(IllegalArgumentException.class, () -> DoNotContactList.listedSql("p.address_hash", Set.of()));
    }

    /** The newest migration before {@code version}, whichever others have added by now. */
    private static String lastBefore(int version) {
        try (var files = Files.list(Path.of(DoNotContactListTest.class.getResource("/db/migration").toURI()))) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).filter(v -> v < version)
                    .max().orElseThrow());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("R9, R20: rows written before the kinds existed keep their meaning, every kind, since their origin is unknowable")
    void olderRowsKeepEveryKind() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(lastBefore(14)).load().migrate();
        try (var db = DriverManager.getConnection(url)) {
            db.createStatement().executeUpdate("insert into do_not_contact (address_hash, reason, created_at)"
                    + " values ('old-hash', 'REFERRAL_REMOVAL', current_timestamp)");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            var rows = db.createStatement().executeQuery(
                    "select kind, reason from do_not_contact where address_hash = 'old-hash' order by kind");
            var kinds = EnumSet.noneOf(Suppression.class);
            while (rows.next()) {
                kinds.add(Suppression.valueOf(rows.getString(1)));
                assertEquals("REFERRAL_REMOVAL", rows.getString(2));
            }
            assertEquals(Suppression.all(), kinds);
        }
    }
}
