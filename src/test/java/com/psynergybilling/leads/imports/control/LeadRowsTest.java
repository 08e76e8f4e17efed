package com.psynergybilling.leads.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.imports.entity.Declaration;
import com.psynergybilling.leads.imports.entity.LineError;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.policy.entity.FormRule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadRowsTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    static final FormRule FORM = new FormRule("DEMO_REQUEST", "Demo request",
            Map.of("fullName", "BASIC_IDENTIFIERS", "email", "BASIC_IDENTIFIERS", "practiceSpecialty",
                    "PROFESSIONAL_INFORMATION", "comments", "USER_CONTENT"),
            List.of("PROVIDING_THE_SERVICE", "COMMUNICATING_WITH_YOU"), List.of("WITH_CONSENT"));
    static final Instant AT = Instant.parse("2025-03-01T00:00:00Z");

    static LeadRows rows(String header, String... purposes) {
        var declared = new Declaration("DEMO_REQUEST", "2024-06-30", AT, List.of(purposes), "crm log");
        return LeadRows.of(VALIDATOR, List.of(header.split(",", -1)), declared, FORM);
    }

    static LeadRows.Row row(LeadRows rows, int line, String csv) {
        return rows.read(new CsvReader.Record(line, List.of(csv.split(",", -1))));
    }

    @Test
    @DisplayName("R1, R4: a row is validated as the public form validates a post, errors by line and field")
    void rowsAreValidatedAsThePublicForm() {
        var rows = rows("fullName,EMAIL,practiceSpecialty,ageConfirmed", "PROVIDING_THE_SERVICE");
        assertTrue(row(rows, 2, "Jane Doe,  Jane@Example.COM ,Cardiology,yes").valid());
        var bad = row(rows, 3, ",not-an-address,Cardiology,false");
        assertFalse(bad.valid());
        assertEquals(List.of("ageConfirmed", "email", "fullName"), bad.errors().stream().map(LineError::field).toList());
        assertTrue(bad.errors().stream().allMatch(e -> e.line() == 3));
        assertTrue(bad.errors().stream().map(LineError::toString).noneMatch(s -> s.contains("not-an-address")),
                "an error never quotes the value");
        var unreadable = row(rows, 4, "Jane Doe,jane@example.com,Cardiology,maybe");
        assertEquals("must be true or false", unreadable.errors().get(0).message());
        assertEquals("row", row(rows, 5, "Jane Doe,jane@example.com").errors().get(0).field());
    }

    @Test
    void theHeaderNamesFieldsOfTheFormOnceWithTheRequiredOnes() {
        assertThrows(ProblemException.class, () -> rows("fullName,email,ageConfirmed,website"));
        assertThrows(ProblemException.class, () -> rows("fullName,email,ageConfirmed,requestType"));
        assertThrows(ProblemException.class, () -> rows("fullName,email,email,ageConfirmed"));
        var missing = assertThrows(ProblemException.class, () -> rows("fullName,email"));
        assertTrue(missing.problem().detail.contains("ageConfirmed"), missing.problem().detail);
    }

    @Test
    @DisplayName("R1: a valid row's collection record is the declared one, with the categories of the fields it filled")
    void theCollectionRecordComesFromTheDeclarationAndTheFilledFields() {
        var rows = rows("fullName,email,practiceSpecialty,comments,ageConfirmed,partnerSharingConsent",
                "PROVIDING_THE_SERVICE", "WITH_CONSENT");
        var plain = row(rows, 2, "Jane Doe,jane@example.com,,,true,false");
        var record = rows.collection(plain);
        assertEquals(List.of("BASIC_IDENTIFIERS"), record.categories());
        assertEquals(List.of("PROVIDING_THE_SERVICE"), record.purposes(), "no consent on the row: no consent purpose");
        assertEquals(AT, record.collectedAt());
        assertEquals("2024-06-30", record.policyVersion());
        var consented = row(rows, 3, "Jim Doe,jim@example.com,Cardiology,hello,true,true");
        assertEquals(List.of("BASIC_IDENTIFIERS", "PROFESSIONAL_INFORMATION", "USER_CONTENT"),
                rows.collection(consented).categories());
        assertEquals(List.of("PROVIDING_THE_SERVICE", "WITH_CONSENT"), rows.collection(consented).purposes());
    }

    @Test
    @DisplayName("R14: a row's consent counts only when the declared record names a purpose resting on consent")
    void consentWithoutDeclaredEvidenceIsRefused() {
        var rows = rows("fullName,email,ageConfirmed,partnerSharingConsent", "PROVIDING_THE_SERVICE");
        var row = row(rows, 2, "Jane Doe,jane@example.com,true,true");
        assertEquals("partnerSharingConsent", row.errors().get(0).field());
    }
}
