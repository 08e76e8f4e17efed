package com.psynergybilling.leads.policy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.policy.entity.Policy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {

    private static final Policy BUNDLED = PolicyBook.bundled().get(0);

    @Test
    @DisplayName("R3: the bundled table gives Professional Information and User Content no Business Partners")
    void bundledTableMatchesThePolicyText() {
        assertEquals("2024-06-30", BUNDLED.version());
        assertTrue(BUNDLED.categories().get("BASIC_IDENTIFIERS").recipients().contains("BUSINESS_PARTNERS"));
        assertFalse(BUNDLED.categories().get("PROFESSIONAL_INFORMATION").recipients().contains("BUSINESS_PARTNERS"));
        assertEquals(Set.of("PROVIDING_THE_SERVICE", "REQUIRED_BY_LAW"),
                BUNDLED.categories().get("USER_CONTENT").purposes());
        assertFalse(BUNDLED.categories().get("BASIC_IDENTIFIERS").purposes().contains("MARKETING"));
        assertTrue(BUNDLED.categories().get("COMMERCIAL_INFORMATION").purposes().contains("MARKETING"));
    }

    @Test
    @DisplayName("R1: a collection record lists the categories a submission holds and the form's purposes")
    void collectionRecordFollowsTheFormDefinition() {
        Instant at = Instant.parse("2026-11-29T10:00:00Z");
        var plain = BUNDLED.collect("DEMO_REQUEST", List.of("email", "fullName"), false, at);
        assertEquals("DEMO_REQUEST", plain.sourceForm());
        assertEquals(List.of("BASIC_IDENTIFIERS"), plain.categories());
        assertTrue(plain.purposes().contains("PROVIDING_THE_SERVICE"));
        assertFalse(plain.purposes().contains("WITH_CONSENT"));
        assertEquals("2024-06-30", plain.policyVersion());
        assertEquals(at, plain.collectedAt());

        var full = BUNDLED.collect("PRICING_REQUEST", List.of("email", "comments", "practiceSpecialty"), true, at);
        assertEquals(List.of("BASIC_IDENTIFIERS", "PROFESSIONAL_INFORMATION", "USER_CONTENT"), full.categories());
        assertTrue(full.purposes().contains("WITH_CONSENT"));

        assertThrows(IllegalArgumentException.class, () -> BUNDLED.collect("DEMO_REQUEST", List.of("ssn"), false, at));
        assertThrows(IllegalArgumentException.class, () -> BUNDLED.collect("NO_FORM", List.of("email"), false, at));
    }

    @Test
    void malformedOrInconsistentFilesAreRefusedWithTheProblemNamed() {
        assertProblem("{not json", "is not a well-formed JSON object");
        assertProblem("{\"version\":\"1\",\"title\":\"t\",\"purposes\":{\"P\":\"p\"},\"recipients\":{\"R\":\"r\"},"
                + "\"categories\":{\"C\":{\"name\":\"c\",\"purposes\":[\"P\"],\"recipients\":[\"R\"]}},"
                + "\"forms\":{\"F\":{\"name\":\"f\",\"fields\":{\"email\":\"NOPE\"},\"purposes\":[\"P\"]}}}",
                "forms.F.fields.email names an unknown category");
        assertProblem("{\"version\":\"1\",\"title\":\"t\",\"purposes\":{\"P\":\"p\",\"Q\":\"q\"},\"recipients\":{\"R\":\"r\"},"
                + "\"categories\":{\"C\":{\"name\":\"c\",\"purposes\":[\"P\"],\"recipients\":[\"R\"]}},"
                + "\"forms\":{\"F\":{\"name\":\"f\",\"fields\":{\"email\":\"C\"},\"purposes\":[\"Q\"]}}}",
                "forms.F collects for Q, which none of its categories may serve");
        assertProblem("{\"version\":\"1\",\"title\":\"t\",\"purposes\":{\"P\":\"p\"},\"recipients\":{\"R\":\"r\"},"
                + "\"categories\":{\"C\":{\"name\":\"c\",\"purposes\":[\"X\"],\"recipients\":[\"R\"]}},\"forms\":{}}",
                "categories.C.purposes names unknown purposes");
        assertProblem("{\"title\":\"t\"}", "version must be a non-empty string");
    }

    @Test
    @DisplayName("R3: a use that asks more than the table allows stops the start")
    void usesMustStayWithinTheTable() throws Exception {
        String bundled = new String(PolicyBook.class.getClassLoader().getResourceAsStream(PolicyBook.BUNDLED)
                .readAllBytes(), StandardCharsets.UTF_8);
        var root = jakarta.json.Json.createReader(new java.io.StringReader(bundled)).readObject();
        var uses = root.getJsonObject("uses");
        var greedyUse = jakarta.json.Json.createObjectBuilder(uses.getJsonObject("PARTNER_EXPORT"))
                .add("categories", jakarta.json.Json.createArrayBuilder(List.of("BASIC_IDENTIFIERS",
                        "PROFESSIONAL_INFORMATION")));
        String greedy = jakarta.json.Json.createObjectBuilder(root)
                .add("uses", jakarta.json.Json.createObjectBuilder(uses).add("PARTNER_EXPORT", greedyUse))
                .build().toString();
        var failure = assertThrows(PolicyFileException.class, () -> PolicyFile.read("greedy.json",
                new ByteArrayInputStream(greedy.getBytes(StandardCharsets.UTF_8))));
        assertTrue(failure.getMessage().contains("uses.PARTNER_EXPORT touches PROFESSIONAL_INFORMATION, which may not"),
                failure.getMessage());

        String missing = bundled.replace("\"ERASURE\"", "\"FORGETTING\"");
        var policy = PolicyFile.read("missing.json", new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8)));
        var refused = assertThrows(PolicyFileException.class, () -> PolicyBook.checked(List.of(policy)));
        assertTrue(refused.getMessage().contains("defines no use ERASURE"), refused.getMessage());
    }

    @Test
    @DisplayName("R1, R3: a record is judged by the table of the version it was collected under")
    void recordsAreJudgedByTheirOwnVersion(@TempDir Path dir) throws Exception {
        String bundled = new String(PolicyBook.class.getClassLoader().getResourceAsStream(PolicyBook.BUNDLED)
                .readAllBytes(), StandardCharsets.UTF_8);
        var root = jakarta.json.Json.createReader(new java.io.StringReader(bundled)).readObject();
        // An older, narrower policy: Commercial Information not yet used for marketing.
        var commercial = jakarta.json.Json.createObjectBuilder(root.getJsonObject("categories")
                .getJsonObject("COMMERCIAL_INFORMATION")).add("purposes", jakarta.json.Json.createArrayBuilder(
                List.of("PROVIDING_THE_SERVICE", "BUSINESS_OPERATIONS", "REQUIRED_BY_LAW")));
        var uses = jakarta.json.Json.createObjectBuilder(root.getJsonObject("uses"))
                .remove("SELECTION_BY_PRODUCT_INTEREST").remove("ANALYTICS");
        String older = jakarta.json.Json.createObjectBuilder(root).add("version", "2023-01-01")
                .add("categories", jakarta.json.Json.createObjectBuilder(root.getJsonObject("categories"))
                        .add("COMMERCIAL_INFORMATION", commercial))
                .add("uses", uses).build().toString();
        Files.writeString(dir.resolve("2023.json"), older);
        Files.writeString(dir.resolve("2024.json"), bundled);

        var book = new PolicyBook();
        book.directory = java.util.Optional.of(dir.toString());
        book.load();
        assertEquals("2024-06-30", book.current().version());
        var at = Instant.parse("2026-11-29T10:00:00Z");
        var oldRecord = book.version("2023-01-01").orElseThrow()
                .collect("PRICING_REQUEST", List.of("email", "productInterest"), false, at);
        var newRecord = book.current().collect("PRICING_REQUEST", List.of("email", "productInterest"), false, at);
        assertTrue(book.judge("SELECTION_BY_PRODUCT_INTEREST", newRecord).permitted());
        var refusal = book.judge("SELECTION_BY_PRODUCT_INTEREST", oldRecord);
        assertFalse(refusal.permitted(), "a later policy does not widen what an older record may be used for");
        assertTrue(((com.psynergybilling.leads.policy.entity.Refusal) refusal).reason().contains("2023-01-01"));

        var withComments = book.current().collect("DEMO_REQUEST", List.of("email", "fullName", "comments"), true, at);
        var sales = (com.psynergybilling.leads.policy.entity.Permit) book.judge("SALES_FOLLOW_UP", withComments);
        var partner = (com.psynergybilling.leads.policy.entity.Permit) book.judge("PARTNER_EXPORT", withComments);
        assertTrue(book.fieldsCovered(sales, withComments).test("comments"), "sales may read a comment");
        assertFalse(book.fieldsCovered(partner, withComments).test("comments"), "a partner never gets User Content");
        assertTrue(book.fieldsCovered(partner, withComments).test("email"));
        assertFalse(book.fieldsCovered(sales, withComments).test("ssn"), "a field the form does not know is never shown");

        var unknown = new com.psynergybilling.leads.policy.entity.Collection("PRICING_REQUEST",
                List.of("BASIC_IDENTIFIERS"), List.of("COMMUNICATING_WITH_YOU"), "1999-01-01", at);
        assertFalse(book.judge("PROMOTIONAL_EMAIL", unknown).permitted(), "an unknown version permits nothing");
    }

    @Test
    void aDirectoryOfVersionsIsLoadedInOrderAndMustHoldOne(@TempDir Path dir) throws Exception {
        assertThrows(PolicyFileException.class, () -> PolicyBook.fromDirectory(dir));
        String bundled = new String(PolicyBook.class.getClassLoader().getResourceAsStream(PolicyBook.BUNDLED)
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.json"), bundled);
        Files.writeString(dir.resolve("a.json"), bundled.replace("\"version\": \"2024-06-30\"", "\"version\": \"2023-01-01\""));
        var versions = PolicyBook.fromDirectory(dir);
        assertEquals(List.of("2023-01-01", "2024-06-30"), versions.stream().map(Policy::version).toList());
        Files.writeString(dir.resolve("c.json"), bundled);
        var twice = assertThrows(PolicyFileException.class, () -> PolicyBook.fromDirectory(dir));
        assertTrue(twice.getMessage().contains("two files of one version"));
    }

    private static void assertProblem(String json, String expected) {
        var failure = assertThrows(PolicyFileException.class, () -> PolicyFile.read("test.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(failure.getMessage().startsWith("Policy file test.json: "), failure.getMessage());
        assertTrue(failure.getMessage().contains(expected), failure.getMessage());
    }
}
