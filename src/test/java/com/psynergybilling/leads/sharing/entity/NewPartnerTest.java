package com.psynergybilling.leads.sharing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NewPartnerTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static NewPartner partner(String address) {
        var partner = new NewPartner();
        partner.name = "Acme Practice Consulting LLC";
        partner.postalAddress = address;
        return partner;
    }

    @Test
    @DisplayName("R15: a partner's postal address is up to six lines of text, trimmed; it may be left out")
    void postalAddress() {
        for (String good : List.of("100 Main Street\nAustin, TX 78701", "PO Box 1, Austin", "a\nb\nc\nd\ne\nf",
                "  100 Main Street \r\n Austin  ")) {
            assertTrue(VALIDATOR.validate(partner(good)).isEmpty(), good);
        }
        assertTrue(VALIDATOR.validate(partner(null)).isEmpty(), "partners without an address still work");
        for (String bad : List.of("a\nb\nc\nd\ne\nf\ng", "100 Main\u0000Street", "tab\there", "x".repeat(501), "\n\n",
                "one\u2028two")) {
            assertEquals(1, VALIDATOR.validate(partner(bad)).size(), bad);
        }
        assertEquals("100 Main Street\nAustin", partner("  100 Main Street \r\n\n Austin  ").address());
        assertNull(partner(null).address());
    }
}
