package com.psynergybilling.leads.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void normalisesCaseAndSpace() {
        assertEquals("jane.doe@example.com", EmailAddress.of("  Jane.Doe@Example.COM ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a@@b.com", "a..b@example.com", ".a@example.com", "a.@example.com",
            "Jane <jane@example.com>", "a@example.com\r\nBcc: b@example.com", "a b@example.com", "a@[127.0.0.1]",
            "a@-example.com"})
    void refusesWhatIsNotAPlainAddress(String raw) {
        assertFalse(EmailAddress.isValid(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@example.com", "first.last+tag@sub.example.co.uk", "o'brien@example.ie"})
    void acceptsPlainAddresses(String raw) {
        assertTrue(EmailAddress.isValid(raw), raw);
    }

    @Test
    void refusesOverlongAddresses() {
        assertFalse(EmailAddress.isValid("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "."
                + "d".repeat(63) + ".com"));
    }
}
