package com.psynergybilling.leads.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.sharing.entity.Disclosure;
import com.psynergybilling.leads.sharing.entity.ExportCursor;
import com.psynergybilling.leads.sharing.entity.Partner;
import com.psynergybilling.leads.sharing.entity.PartnerExport;
import com.psynergybilling.leads.sharing.entity.SharedPerson;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Exports on the real schema: who is chosen, what goes, and that the log holds every row. */
class PartnerExportsTest {

    static final Instant AT = Instant.parse("2026-11-29T09:00:00Z");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    EntityManager em;
    Sharing sharing;
    Partner partner;

    @BeforeEach
    void open() {
        em = db.open();
        em.getTransaction().begin();
        sharing = new Sharing(em);
        partner = sharing.partners.create("Acme Consulting", null, "admin", AT);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(em);
    }

    @Test
    @DisplayName("R14, R16, R21: only people with consent on record, not withdrawn, without opt-out (on the person or "
            + "barred from sale and sharing on the list), adult and not erased are exported; an unsubscribe or an "
            + "invitation bar is no opt-out of sharing")
    void onlyConsentingPeopleAreExported() {
        sharing.person("yes@example.com", "Yes Person", true, false, AT);
        sharing.person("later@example.com", "Before Consent", false, false, AT);
        sharing.person("later@example.com", "After Consent", true, false, AT.plusSeconds(60));
        sharing.person("never@example.com", "Never", false, false, AT);
        var withdrawn = sharing.person("withdrawn@example.com", "Withdrawn", true, false, AT);
        sharing.sql("update people set partner_consent = false where id = ?1", withdrawn.id());
        sharing.person("gpc@example.com", "Gpc", true, true, AT);
        var minor = sharing.person("minor@example.com", "Minor", true, false, AT);
        sharing.sql("update people set minor = true where id = ?1", minor.id());
        sharing.person("erased@example.com", "Erased", true, false, AT).erase(false, AT);
        sharing.person("dnc@example.com", "Listed", true, false, AT);
        sharing.doNotContact.add(Sharing.hash("dnc@example.com"), Suppression.barringSaleOrSharing(), "OPT_OUT_SALE", AT);
        sharing.person("unsubscribed@example.com", "Unsub", true, false, AT).unsubscribe(AT);
        sharing.doNotContact.add(Sharing.hash("unsubscribed@example.com"), Suppression.barringPromotions(), "UNSUBSCRIBE", AT);
        sharing.person("uninvited@example.com", "Uninvited", true, false, AT);
        sharing.doNotContact.add(Sharing.hash("uninvited@example.com"), EnumSet.of(Suppression.NO_INVITATIONS),
                "REFERRAL_REMOVAL", AT);
        sharing.person("said-no@example.com", "Said Yes", true, false, AT);
        sharing.person("said-no@example.com", "Said No", false, false, AT.plusSeconds(60));
        sharing.person("again@example.com", "Old Consent", true, false, AT);
        sharing.person("again@example.com", "Withdrew", false, false, AT.plusSeconds(60));
        sharing.person("again@example.com", "New Consent", true, false, AT.plusSeconds(120));
        var uncovered = sharing.person("uncovered@example.com", "Uncovered", true, false, AT);
        sharing.sql("update people set consent_withdrawn_at = timestamp '2026-11-29 10:00:00' where id = ?1", uncovered.id());
        var flagOnly = sharing.person("flag@example.com", "Flag Only", false, false, AT);
        sharing.sql("update people set partner_consent = true where id = ?1", flagOnly.id());
        em.flush();
        em.clear();

        var export = export(null, 100);

        var exported = Set.of("yes@example.com", "later@example.com", "unsubscribed@example.com",
                "uninvited@example.com", "again@example.com");
        assertEquals(exported, emails(export.people()));
        assertTrue(names(export.people()).contains("After Consent"), "the name comes from the consented submission");
        assertTrue(names(export.people()).contains("New Consent"), "consent after a withdrawal covers its own record");
        assertFalse(names(export.people()).contains("Old Consent"));
        assertNull(export.nextCursor());
        assertEquals(5, disclosures(export.exportId()).size(), "one disclosure per exported person");
        assertEquals(exported.stream().map(Sharing::hash).collect(Collectors.toSet()),
                new HashSet<>(sharing.audited.fired.stream().map(Audited::subject).toList()));
        assertTrue(sharing.audited.fired.stream().allMatch(a -> a.action().equals(PartnerExports.ACTION)
                && a.purpose().equals("WITH_CONSENT") && a.actor().equals("admin")));
    }

    @Test
    @DisplayName("R14, R16: the check made again on each selected person refuses every excluded state by itself, "
            + "and reads the sale-and-sharing bar of the list only")
    void thePerPersonCheckStandsAlone() {
        var yes = sharing.person("check-yes@example.com", "Yes", true, false, AT);
        var gpc = sharing.person("check-gpc@example.com", "Gpc", true, true, AT);
        var never = sharing.person("check-never@example.com", "Never", false, false, AT);
        var unsubscribed = sharing.person("check-unsub@example.com", "Unsub", true, false, AT);
        unsubscribed.unsubscribe(AT);
        sharing.doNotContact.add(Sharing.hash("check-unsub@example.com"), EnumSet.of(Suppression.NO_PROMOTIONS,
                Suppression.NO_INVITATIONS), "UNSUBSCRIBE", AT);
        var listed = sharing.person("check-dnc@example.com", "Listed", true, false, AT);
        sharing.doNotContact.add(Sharing.hash("check-dnc@example.com"), Suppression.barringSaleOrSharing(), "GPC", AT);
        var minor = sharing.person("check-minor@example.com", "Minor", true, false, AT);
        sharing.sql("update people set minor = true where id = ?1", minor.id());
        em.refresh(minor);
        var erased = sharing.person("check-erased@example.com", "Erased", true, false, AT);
        erased.erase(false, AT);

        assertTrue(sharing.eligibility.allows(yes, List.of(Sharing.hash("check-yes@example.com"))));
        assertTrue(sharing.eligibility.allows(unsubscribed, List.of(Sharing.hash("check-unsub@example.com"))),
                "no promotions and no invitations say nothing about sharing");
        for (var refused : List.of(gpc, never, listed, minor)) {
            assertFalse(sharing.eligibility.allows(refused, List.of(Sharing.hash(refused.email().value()))), refused.email().value());
        }
        assertFalse(sharing.eligibility.allows(erased, List.of(Sharing.hash("check-erased@example.com"))));
    }

    @Test
    @DisplayName("R3: Basic Identifiers only go to a partner; the record's Professional Information and User Content are "
            + "neither exported nor logged as disclosed")
    void basicIdentifiersOnly() {
        var person = sharing.person("basic@example.com", "Basic Only", true, false, AT);
        var export = export(null, 10);
        assertEquals(1, export.count());
        var row = export.people().get(0);
        assertEquals("Basic Only", row.name());
        assertEquals("basic@example.com", row.email());
        var logged = disclosures(export.exportId()).get(0);
        assertEquals(List.of("BASIC_IDENTIFIERS"), logged.disclosed().categories());
        assertEquals("BUSINESS_PARTNERS", logged.recipientCategory());
        assertEquals("WITH_CONSENT", logged.disclosed().purpose());
        assertEquals(person.id(), logged.personId());
        assertEquals(Sharing.hash("basic@example.com"), logged.addressHash());
        assertEquals(partner.id(), logged.partner().id());
    }

    @Test
    @DisplayName("R15: exports page through people by id, every page logging exactly its rows")
    void pagesWalkEveryoneOnce() {
        for (int i = 0; i < 5; i++) {
            sharing.person("page" + i + "@example.com", "Page " + i, true, false, AT);
        }
        var seen = new ArrayList<String>();
        ExportCursor after = null;
        int pages = 0;
        do {
            var page = export(after, 2);
            pages++;
            seen.addAll(page.people().stream().map(SharedPerson::email).toList());
            assertEquals(page.count(), disclosures(page.exportId()).size());
            after = page.nextCursor() == null ? null : ExportCursor.decode(page.nextCursor());
        } while (after != null);
        assertEquals(3, pages);
        assertEquals(5, seen.size());
        assertEquals(5, new HashSet<>(seen).size(), "nobody twice");
    }

    @Test
    @DisplayName("R15: a failure during an export leaves no disclosure behind: rows and log share one transaction")
    void aFailedExportLogsNothing() {
        sharing.person("one@example.com", "One", true, false, AT);
        sharing.person("two@example.com", "Two", true, false, AT);
        em.getTransaction().commit();
        em.getTransaction().begin();
        sharing.exports.audit = new com.psynergybilling.leads.RecordedEvents<>() {
            @Override
            public void fire(Audited event) {
                if (!fired.isEmpty()) {
                    throw new IllegalStateException("the audit log is unavailable");
                }
                super.fire(event);
            }
        };
        var stored = em.find(Partner.class, partner.id());
        assertThrows(IllegalStateException.class, () -> sharing.exports.page(stored, null, 10, "admin", AT));
        em.getTransaction().rollback();
        inNew(other -> assertEquals(0L, other.createQuery("select count(d) from Disclosure d", Long.class)
                .getSingleResult()));
    }

    @Test
    void aCursorIsOnlyOneThisServiceMade() {
        var cursor = new ExportCursor("0b7c9a43-8d1f-4c52-9a2e-6f1e2d3c4b5a");
        assertEquals(cursor, ExportCursor.decode(cursor.encode()));
        assertThrows(IllegalArgumentException.class, () -> ExportCursor.decode("bm90IGEgY3Vyc29y"));
        assertThrows(IllegalArgumentException.class, () -> ExportCursor.decode("%%%"));
    }

    private PartnerExport export(ExportCursor after, int limit) {
        var export = sharing.exports.page(partner, after, limit, "admin", AT);
        assertNotNull(export.exportId());
        em.flush();
        return export;
    }

    private List<Disclosure> disclosures(String exportId) {
        return em.createQuery("select d from Disclosure d where d.exportId = :id", Disclosure.class)
                .setParameter("id", exportId).getResultList();
    }

    private void inNew(Consumer<EntityManager> work) {
        var other = db.open();
        try {
            work.accept(other);
        } finally {
            other.close();
        }
    }

    private static Set<String> emails(List<SharedPerson> people) {
        return new HashSet<>(people.stream().map(SharedPerson::email).toList());
    }

    private static Set<String> names(List<SharedPerson> people) {
        return new HashSet<>(people.stream().map(SharedPerson::name).toList());
    }
}
