package com.psynergybilling.leads.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.marketing.entity.MailReport;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonRowsTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    static final PersonRows<MailReport> REPORTS = new PersonRows<>(MailReport.class,
            "select r from MailReport r where r.personId = :person order by r.receivedAt");

    @Test
    @DisplayName("R18, R20: a person's rows are found by their query and removed, others' stay; no person, no rows")
    void findsAndRemovesOnlyThePersonsRows() {
        try (var db = new TestDatabase()) {
            var pat = EmailAddress.of("pat@example.com");
            var sam = EmailAddress.of("sam@example.com");
            var ids = db.inTransactionOf(em -> {
                var patRow = new Person(pat, "a".repeat(64), AT);
                var samRow = new Person(sam, "b".repeat(64), AT);
                em.persist(patRow);
                em.persist(samRow);
                em.persist(new MailReport("m-1", MailReport.Severity.SOFT, "4.2.2", null, patRow.id(), AT.plusSeconds(2)));
                em.persist(new MailReport("m-2", MailReport.Severity.HARD, "5.1.1", null, patRow.id(), AT.plusSeconds(1)));
                em.persist(new MailReport("m-3", MailReport.Severity.SOFT, null, null, samRow.id(), AT));
                return List.of(patRow.id(), samRow.id());
            });
            var patSubject = new DataSubject(pat, "a".repeat(64), Optional.of(ids.get(0)));
            var samSubject = new DataSubject(sam, "b".repeat(64), Optional.of(ids.get(1)));
            var nobody = new DataSubject(EmailAddress.of("nobody@example.com"), "c".repeat(64), Optional.empty());

            db.inTransaction(em -> {
                assertEquals(List.of(AT.plusSeconds(1), AT.plusSeconds(2)),
                        REPORTS.of(em, patSubject).stream().map(MailReport::receivedAt).toList(), "by the query's order");
                assertTrue(REPORTS.of(em, nobody).isEmpty());
                assertEquals(0, REPORTS.remove(em, nobody));
                assertEquals(2, REPORTS.remove(em, patSubject));
            });
            db.inTransaction(em -> {
                assertTrue(REPORTS.of(em, patSubject).isEmpty());
                assertEquals(1, REPORTS.of(em, samSubject).size(), "another person's rows stay");
            });
        }
    }
}
