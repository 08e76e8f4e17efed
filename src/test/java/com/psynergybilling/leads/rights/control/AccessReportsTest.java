package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Holding;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The access report from what the holders export (R18), with no database. */
class AccessReportsTest {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final DataSubject PAT = new DataSubject(EmailAddress.of("pat@example.com"), "hash", Optional.of("p1"));

    /** A holder that exports what it is given and records the period it was asked for. */
    static final class Holder implements PersonalData {
        final List<Piece> pieces;
        Instant askedSince;

        Holder(Piece... pieces) {
            this.pieces = List.of(pieces);
        }

        @Override
        public Holding describe() {
            return new Holding("test", Set.of(), Set.of(), Set.of(), Set.of());
        }

        @Override
        public List<Piece> export(DataSubject subject, Instant since) {
            askedSince = since;
            return pieces;
        }

        @Override
        public int erase(DataSubject subject, Instant now) {
            return 0;
        }

        @Override
        public Set<Class<?>> entities() {
            return Set.of();
        }
    }

    static AccessReports reports(PersonalData... all) throws Exception {
        var book = new PolicyBook();
        var directory = PolicyBook.class.getDeclaredField("directory");
        directory.setAccessible(true);
        directory.set(book, Optional.empty());
        var load = PolicyBook.class.getDeclaredMethod("load");
        load.setAccessible(true);
        load.invoke(book);
        var reports = new AccessReports();
        reports.policies = book;
        reports.registry = new Registry() {
            @Override
            public List<PersonalData> holders() {
                return List.of(all);
            }
        };
        return reports;
    }

    @Test
    @DisplayName("R18: categories, sources, purposes, recipient categories, disclosures by recipient and every piece")
    void theReportListsWhatTheHoldersExport() throws Exception {
        var demo = new Collection("DEMO_REQUEST", List.of("BASIC_IDENTIFIERS", "PROFESSIONAL_INFORMATION"),
                List.of("MARKETING", "PROVIDING_THE_SERVICE"), "2024-06-30", NOW.minusSeconds(3600));
        var people = new Holder(Pieces.collected("people", "SUBMISSION", demo,
                Map.of("fullName", "Pat Doe", "practiceSpecialty", "Cardiology", "providerCount", 4)));
        var disclosure = new Piece.Disclosed("sharing", new Piece.Recipient("acme", "Acme Partner", "BUSINESS_PARTNERS",
                Optional.of("1 Acme Way\nAustin, TX 78701")), List.of("BASIC_IDENTIFIERS"), "WITH_CONSENT", "2024-06-30",
                NOW.minusSeconds(60));
        var sharing = new Holder(disclosure);

        var report = reports(people, sharing).build(PAT, NOW);

        assertEquals(Instant.parse("2025-11-29T10:00:00Z"), people.askedSince, "the past 12 months");
        assertEquals(2, report.pieces());
        assertEquals("your-data.json", report.data().fileName());
        JsonObject data;
        try (var reader = Pieces.JSON.createReader(new StringReader(report.data().content()))) {
            data = reader.readObject();
        }
        assertEquals("pat@example.com", data.getString("about"));
        assertEquals(List.of("BASIC_IDENTIFIERS", "PROFESSIONAL_INFORMATION"), data.getJsonArray("categories").stream()
                .map(c -> c.asJsonObject().getString("code")).toList());
        var professional = data.getJsonArray("categories").getJsonObject(1);
        assertEquals("[\"DEMO_REQUEST\"]", professional.getJsonArray("sources").toString());
        assertEquals("[\"CORPORATE_AFFILIATES\",\"SERVICE_PROVIDERS\"]",
                professional.getJsonArray("recipientCategories").toString(), "the policy's table, not partners");
        assertTrue(data.getJsonArray("recipientCategories").toString().contains("BUSINESS_PARTNERS"));
        assertEquals("[\"MARKETING\",\"PROVIDING_THE_SERVICE\",\"WITH_CONSENT\"]", data.getJsonArray("purposes").toString());
        assertEquals("Acme Partner", data.getJsonArray("disclosures").getJsonObject(0).getString("recipient"));
        assertTrue(data.getJsonArray("pieces").toString().contains("Cardiology"));
        assertEquals(4, data.getJsonArray("pieces").getJsonObject(0).getJsonObject("data").getInt("providerCount"));

        var summary = report.summary();
        assertEquals("Basic Identifiers; Professional Information", summary.get("categories"));
        assertTrue(summary.get("sources").contains("Demo request"), summary.get("sources"));
        assertTrue(summary.get("purposes").contains("Marketing and Promotional Purposes"));
        assertTrue(summary.get("recipients").contains("Business Partners"));
        assertEquals("1, to these recipients:", summary.get("disclosures"));
        assertEquals("- Acme Partner (Business Partners), postal address: 1 Acme Way, Austin, TX 78701. What: Basic "
                + "Identifiers. Why: With your consent. When: 29 November 2026.", summary.get("disclosedTo"));
        assertEquals("1 Acme Way\nAustin, TX 78701", data.getJsonArray("disclosures").getJsonObject(0)
                .getString("recipientAddress"));
    }

    @Test
    @DisplayName("R18: a person we hold nothing about gets a report that says so")
    void nothingHeld() throws Exception {
        var report = reports(new Holder()).build(PAT, NOW);
        assertEquals(0, report.pieces());
        assertEquals("none", report.summary().get("categories"));
        assertEquals("none", report.summary().get("disclosures"));
        assertEquals("", report.summary().get("disclosedTo"));
    }
}
