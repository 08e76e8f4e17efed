package com.psynergybilling.leads.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.imports.entity.Declaration;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.policy.entity.FormRule;
import com.psynergybilling.leads.policy.entity.Policy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeclarationsTest {

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    static Policy policy(String version) {
        var demo = new FormRule("DEMO_REQUEST", "Demo", Map.of("email", "BASIC_IDENTIFIERS"),
                List.of("PROVIDING_THE_SERVICE", "COMMUNICATING_WITH_YOU"), List.of("WITH_CONSENT"));
        return new Policy(version, "t", Map.of(), Map.of(), Map.of(), Map.of("DEMO_REQUEST", demo), Map.of(), Map.of());
    }

    static final List<Policy> BOOK = List.of(policy("2024-06-30"), policy("2026-01-01"));

    static int status(String form, String version, String at, List<String> purposes, String evidence) {
        try {
            Declarations.judge(Declarations.read(form, version, at, purposes, evidence), BOOK, NOW);
            return 200;
        } catch (ProblemException e) {
            return e.problem().status;
        }
    }

    @Test
    @DisplayName("R1, R3: the form under the declared version must collect for every declared purpose")
    void purposesMustBeTheForms() {
        assertEquals(200, status("DEMO_REQUEST", "2024-06-30", "2025-01-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE,COMMUNICATING_WITH_YOU"), null));
        assertEquals(422, status("DEMO_REQUEST", "2024-06-30", "2025-01-01T00:00:00Z", List.of("ANALYTICS"), null));
        assertEquals(422, status("DEMO_REQUEST", "2024-06-30", "2025-01-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE", "WITH_CONSENT"), null), "consent needs its evidence");
        assertEquals(200, status("DEMO_REQUEST", "2024-06-30", "2025-01-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE", "WITH_CONSENT"), "CRM consent log"));
        assertEquals(422, status("DEMO_REQUEST", "2024-06-30", "2025-01-01T00:00:00Z", List.of("WITH_CONSENT"),
                "log"), "consent alone is no reason to hold a lead");
        assertEquals(422, status("WEBINAR_SIGNUP", "2024-06-30", "2025-01-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE"), null), "only the request forms are imported");
    }

    @Test
    @DisplayName("R1: the version must exist and have been in force at collectedAt, which is not in the future")
    void theVersionAndTimeMustHold() {
        assertEquals(422, status("DEMO_REQUEST", "2019-01-01", "2025-01-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE"), null));
        assertEquals(422, status("DEMO_REQUEST", "2024-06-30", "2027-01-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE"), null), "the future");
        assertEquals(422, status("DEMO_REQUEST", "2024-06-30", "2024-01-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE"), null), "before the version");
        assertEquals(422, status("DEMO_REQUEST", "2024-06-30", "2026-02-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE"), null), "a later version was in force");
        assertEquals(200, status("DEMO_REQUEST", "2026-01-01", "2026-02-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE"), null));
    }

    @Test
    void missingOrUnreadableFieldsAreA400() {
        assertEquals(400, status(null, "2024-06-30", "2025-01-01T00:00:00Z", List.of("PROVIDING_THE_SERVICE"), null));
        assertEquals(400, status("DEMO_REQUEST", "2024-06-30", "yesterday", List.of("PROVIDING_THE_SERVICE"), null));
        assertEquals(400, status("DEMO_REQUEST", "2024-06-30", "2025-01-01T00:00:00Z", List.of(), null));
        assertEquals(400, status("DEMO_REQUEST", "2024-06-30", "2025-01-01T00:00:00Z",
                List.of("PROVIDING_THE_SERVICE"), "line\nbreak"));
        Declaration read = Declarations.read(" DEMO_REQUEST ", "2024-06-30", "2025-01-01T00:00:00Z",
                List.of("COMMUNICATING_WITH_YOU, PROVIDING_THE_SERVICE", "PROVIDING_THE_SERVICE"), " ");
        assertEquals(List.of("COMMUNICATING_WITH_YOU", "PROVIDING_THE_SERVICE"), read.purposes());
        assertTrue(read.consentEvidence() == null);
    }
}
