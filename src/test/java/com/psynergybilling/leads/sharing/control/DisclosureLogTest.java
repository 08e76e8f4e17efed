package com.psynergybilling.leads.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.sharing.entity.Disclosure;
import com.psynergybilling.leads.sharing.entity.ShineTheLight;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The log answers access and Shine the Light requests, and forgets whose on erasure. */
class DisclosureLogTest {

    TestDatabase db;
    EntityManager em;
    Sharing sharing;
    DisclosureLog log;

    @BeforeEach
    void open() {
        db = new TestDatabase();
        em = db.open();
        em.getTransaction().begin();
        sharing = new Sharing(em);
        log = new DisclosureLog();
        log.disclosures = sharing.disclosures;
        log.policies = Sharing.POLICIES;
    }

    @AfterEach
    void close() {
        em.getTransaction().rollback();
        em.close();
        db.close();
    }

    @Test
    @DisplayName("R15: Shine the Light names the categories and the partners of one California calendar year")
    void shineTheLightCountsOneCaliforniaYear() {
        var person = sharing.person("light@example.com", "Light", true, false, Instant.parse("2024-01-01T00:00:00Z"));
        sharing.person("other@example.com", "Other", true, false, Instant.parse("2024-01-01T00:00:00Z"));
        var acme = sharing.partners.create("Acme", "1 Acme Way\nAustin, TX 78701", "admin", Instant.parse("2024-01-01T00:00:00Z"));
        var zeta = sharing.partners.create("Zeta", null, "admin", Instant.parse("2024-01-01T00:00:00Z"));
        // 2025-12-31 at 20:00 in California is already 2026 in UTC: it belongs to 2025.
        sharing.exports.page(zeta, null, 10, "admin", Instant.parse("2026-01-01T04:00:00Z"));
        sharing.exports.page(acme, null, 10, "admin", Instant.parse("2025-03-01T12:00:00Z"));
        sharing.exports.page(acme, null, 10, "admin", Instant.parse("2026-02-01T12:00:00Z"));
        em.flush();

        var subject = subject(person);
        var year2025 = sharing.disclosures.shineTheLight(subject, Year.of(2025));
        assertEquals(Set.of("BASIC_IDENTIFIERS"), year2025.categories());
        assertEquals(List.of("Acme", "Zeta"), year2025.recipients().stream().map(ShineTheLight.Recipient::name).toList());
        assertEquals("BUSINESS_PARTNERS", year2025.recipients().get(0).recipientCategory());
        var year2026 = sharing.disclosures.shineTheLight(subject, Year.of(2026));
        assertEquals(List.of("Acme"), year2026.recipients().stream().map(ShineTheLight.Recipient::name).toList());
        var year2024 = sharing.disclosures.shineTheLight(subject, Year.of(2024));
        assertTrue(year2024.categories().isEmpty() && year2024.recipients().isEmpty());
        var stranger = new DataSubject(EmailAddress.of("stranger@example.com"), Sharing.hash("stranger@example.com"),
                Optional.empty());
        assertTrue(sharing.disclosures.shineTheLight(stranger, Year.of(2025)).recipients().isEmpty());
    }

    @Test
    @DisplayName("R18: the log exports each of a person's disclosures, typed, with recipient and address, and only theirs")
    void accessReportByRecipient() {
        var person = sharing.person("access@example.com", "Access", true, false, Instant.parse("2026-01-01T00:00:00Z"));
        sharing.person("neighbour@example.com", "Neighbour", true, false, Instant.parse("2026-01-01T00:00:00Z"));
        var acme = sharing.partners.create("Acme", "1 Acme Way\nAustin, TX 78701", "admin", Instant.parse("2026-01-01T00:00:00Z"));
        var zeta = sharing.partners.create("Zeta", null, "admin", Instant.parse("2026-01-01T00:00:00Z"));
        sharing.exports.page(acme, null, 10, "admin", Instant.parse("2026-02-01T00:00:00Z"));
        sharing.exports.page(zeta, null, 10, "admin", Instant.parse("2026-03-01T00:00:00Z"));
        sharing.exports.page(acme, null, 10, "admin", Instant.parse("2026-04-01T00:00:00Z"));
        em.flush();

        var pieces = log.export(subject(person), Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(3, pieces.size(), pieces.toString());
        var first = (Piece.Disclosed) pieces.get(0);
        assertEquals("Acme", first.recipient().name());
        assertEquals(Optional.of("1 Acme Way\nAustin, TX 78701"), first.recipient().postalAddress());
        assertEquals("BUSINESS_PARTNERS", first.recipient().category());
        assertEquals(List.of("BASIC_IDENTIFIERS"), first.categories());
        assertEquals("WITH_CONSENT", first.purpose());
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), first.disclosedAt());
        assertEquals("DISCLOSURE", first.kind());
        var zetas = (Piece.Disclosed) pieces.get(1);
        assertEquals("Zeta", zetas.recipient().name());
        assertEquals(Optional.empty(), zetas.recipient().postalAddress(), "a partner without an address still works");
        assertEquals(1, log.export(subject(person), Instant.parse("2026-03-15T00:00:00Z")).size(), "since is honoured");
        String json = pieces.stream().map(p -> p.toJson().toString()).toList().toString();
        assertTrue(!json.contains("neighbour") && !json.contains("Access"), "no values and nobody else: " + json);
    }

    @Test
    @DisplayName("R20: erasure empties whose from the person's disclosures and keeps what went where and when")
    void erasureForgetsWhose() {
        var person = sharing.person("gone@example.com", "Gone", true, false, Instant.parse("2026-01-01T00:00:00Z"));
        var kept = sharing.person("kept@example.com", "Kept", true, false, Instant.parse("2026-01-01T00:00:00Z"));
        var acme = sharing.partners.create("Acme", "1 Acme Way\nAustin, TX 78701", "admin", Instant.parse("2026-01-01T00:00:00Z"));
        sharing.exports.page(acme, null, 10, "admin", Instant.parse("2026-02-01T00:00:00Z"));
        em.flush();

        assertEquals(1, log.erase(subject(person), Instant.parse("2026-05-01T00:00:00Z")));
        em.clear();
        var rows = em.createQuery("select d from Disclosure d order by d.personId", Disclosure.class).getResultList();
        assertEquals(2, rows.size(), "the disclosure itself stays");
        var emptied = rows.stream().filter(d -> d.personId() == null).findFirst().orElseThrow();
        assertNull(emptied.addressHash());
        assertEquals("Acme", emptied.partner().name());
        assertEquals(List.of("BASIC_IDENTIFIERS"), emptied.disclosed().categories());
        assertEquals(kept.id(), rows.stream().filter(d -> d.personId() != null).findFirst().orElseThrow().personId());
        assertTrue(log.export(subject(person), Instant.EPOCH).isEmpty());
        assertEquals(1, log.export(subject(kept), Instant.EPOCH).size());
    }

    @Test
    void theLogDescribesItselfFromThePolicy() {
        var holding = log.describe();
        assertEquals(Set.of("BASIC_IDENTIFIERS"), holding.categories());
        assertEquals(Set.of("WITH_CONSENT"), holding.purposes());
        assertEquals(Set.of("BUSINESS_PARTNERS"), holding.recipients());
        assertTrue(holding.sources().contains("DEMO_REQUEST"), holding.sources().toString());
        assertEquals(Set.of(Disclosure.class), log.entities());
    }

    private static DataSubject subject(Person person) {
        return new DataSubject(person.email(), Sharing.hash(person.email().value()), Optional.of(person.id()));
    }
}
