package com.psynergybilling.leads.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.audit.entity.AuditEntryView;
import com.psynergybilling.leads.audit.entity.AuditFilter;
import com.psynergybilling.leads.audit.entity.AuditPage;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.TestDoNotContact;
import com.psynergybilling.leads.people.entity.EmailAddress;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The privacy officer's search: filters, pages, and the search itself in the log. */
class AuditSearchTest {

    TestDatabase db;
    EntityManager em;
    AuditLog log;
    AuditSearch search;

    @BeforeEach
    void open() {
        db = new TestDatabase();
        em = db.open();
        em.getTransaction().begin();
        log = new AuditLog();
        log.em = em;
        log.clock = Clock.systemUTC();
        search = new AuditSearch();
        search.em = em;
        search.log = log;
        search.hashes = TestDoNotContact.on(em, TestSecrets.of("audit-search-secret"));
    }

    @AfterEach
    void close() {
        em.getTransaction().rollback();
        em.close();
        db.close();
    }

    @Test
    @DisplayName("R26: while keys rotate, a search finds the entries written under every key of the ring")
    void searchUnderEveryKeyOfTheRing() {
        String underOldKey = "0a".repeat(32);
        String underNewKey = "0b".repeat(32);
        log.append(new Audited("alice", "READ_DEMO_REQUEST", underOldKey, "PROVIDING_THE_SERVICE", "demo-request 1"));
        log.append(new Audited("alice", "READ_DEMO_REQUEST", underNewKey, "PROVIDING_THE_SERVICE", "demo-request 2"));
        log.append(new Audited("alice", "READ_DEMO_REQUEST", "0c".repeat(32), "PROVIDING_THE_SERVICE", "demo-request 3"));
        var page = search.page(new AuditFilter(List.of(underNewKey, underOldKey), null, null, null), 50, "officer");
        assertEquals(2, page.items().size(), "both keys' entries, and nobody else's");
        assertEquals(List.of(search.subjectOf(EmailAddress.of("x@example.com"))),
                search.subjectsOf(EmailAddress.of("x@example.com")), "one key configured: one hash");
    }

    @Test
    @DisplayName("R26: a search by address finds that person's entries by their keyed hash, and is itself audited")
    void searchBySubjectEmail() {
        String jane = search.subjectOf(EmailAddress.of(" Jane@Example.com "));
        String sam = search.subjectOf(EmailAddress.of("sam@example.com"));
        log.append(new Audited("alice", "READ_DEMO_REQUEST", jane, "PROVIDING_THE_SERVICE", "demo-request 1"));
        log.append(new Audited("bob", "DISCLOSE_TO_PARTNER", sam, "WITH_CONSENT", "partner p export e"));
        log.append(new Audited("bob", "DISCLOSE_TO_PARTNER", jane, "WITH_CONSENT", "partner p export e"));

        var page = search.page(new AuditFilter(search.subjectOf(EmailAddress.of("jane@example.com")), null, null, null),
                50, "officer");
        assertEquals(List.of("DISCLOSE_TO_PARTNER", "READ_DEMO_REQUEST"), actions(page), "newest first, Jane's only");
        assertTrue(page.items().stream().allMatch(e -> e.subject().equals(jane)));
        assertNull(page.nextCursor());

        var byBob = search.page(new AuditFilter((String) null, "bob", null, null), 50, "officer");
        assertEquals(2, byBob.items().size());
        assertTrue(byBob.items().stream().allMatch(e -> e.actor().equals("bob")));

        var reads = search.page(new AuditFilter((String) null, "officer", null, null), 50, "officer");
        assertEquals(2, reads.items().size(), "each earlier search is an entry");
        assertEquals(jane, reads.items().get(1).subject(), "a search about Jane is recorded as a read about Jane");
        assertEquals(AuditSearch.ACTION, reads.items().get(0).action());
        assertTrue(AuditWiring.chain(em).verify(null).intact);
    }

    @Test
    @DisplayName("R20, R26: a search that finds nobody's entries is recorded as nobody's, so it cannot tie an erased "
            + "address back to the log")
    void aSearchThatFindsNothingNamesNobody() {
        String gone = search.subjectOf(EmailAddress.of("gone@example.com"));
        var page = search.page(new AuditFilter(gone, null, null, null), 50, "officer");
        assertTrue(page.items().isEmpty());
        assertTrue(search.page(new AuditFilter(gone, null, null, null), 50, "officer").items().isEmpty(),
                "the first search left no entry under the hash");
        var reads = search.page(new AuditFilter((String) null, "officer", null, null), 50, "officer");
        assertEquals(2, reads.items().size(), "both searches are audited");
        assertTrue(reads.items().stream().allMatch(e -> e.subject() == null));
    }

    @Test
    void sinceAndPagesWalkTheLogNewestFirst() {
        for (int i = 0; i < 5; i++) {
            log.append(new Audited("carol", "READ_DEMO_REQUEST", null, null, "demo-request " + i));
        }
        var all = new ArrayList<AuditEntryView>();
        Long before = null;
        do {
            var page = search.page(new AuditFilter((String) null, "carol", null, before), 2, "officer");
            all.addAll(page.items());
            before = page.nextCursor() == null ? null : Long.parseLong(page.nextCursor());
        } while (before != null);
        assertEquals(List.of("demo-request 4", "demo-request 3", "demo-request 2", "demo-request 1", "demo-request 0"),
                all.stream().map(e -> e.detail()).toList());

        // Moved back in time directly: the search does not check the chain, and only times matter here.
        em.createNativeQuery("update audit_entries set occurred_at = ?1 where detail in"
                + " ('demo-request 0', 'demo-request 1', 'demo-request 2')")
                .setParameter(1, Instant.parse("2020-01-01T00:00:00Z")).executeUpdate();
        em.clear();
        var recent = search.page(new AuditFilter((String) null, "carol", Instant.parse("2021-01-01T00:00:00Z"), null), 50,
                "officer");
        assertEquals(List.of("demo-request 4", "demo-request 3"), recent.items().stream().map(e -> e.detail()).toList());
    }

    private static List<String> actions(AuditPage page) {
        return page.items().stream().map(e -> e.action()).toList();
    }
}
