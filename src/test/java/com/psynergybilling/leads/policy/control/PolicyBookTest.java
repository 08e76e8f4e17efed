package com.psynergybilling.leads.policy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.policy.entity.Uses;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyBookTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    @DisplayName("R1: mail the service must send to an address alone gets its permit, or fails as a broken policy naming use and form")
    void permitToMailOrBrokenPolicy() {
        PolicyBook book = TestPolicies.bundled();

        var permit = book.permitToMail(Uses.STAFF_TEST_MESSAGE, "STAFF_ADDRESS", NOW);
        assertEquals(Uses.STAFF_TEST_MESSAGE, permit.use());
        assertTrue(permit.covers("BASIC_IDENTIFIERS"));
        assertEquals(book.current().version(), permit.policyVersion());
        assertEquals(Uses.PRIVACY_REPLY, book.permitToMail(Uses.PRIVACY_REPLY, "PRIVACY_REQUEST", NOW).use());

        var refused = assertThrows(IllegalStateException.class,
                () -> book.permitToMail(Uses.PROMOTIONAL_EMAIL, "STAFF_ADDRESS", NOW));
        assertEquals("The policy in force does not permit " + Uses.PROMOTIONAL_EMAIL + " for a record of STAFF_ADDRESS",
                refused.getMessage());
    }
}
