package com.psynergybilling.leads.intake.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainNameTest {

    @ParameterizedTest(name = "a name: {0}")
    @ValueSource(strings = {"Dr. Jane Doe", "Jane O'Brien & Partners", "J.R.R. Tolkien", "Mary-Kate St. Clair",
            "Ph.D. Sam Lee", "Sam Lee, MD", "José Ñúñez", "李小龍", "Jane Doe 3rd", "Room 101 Clinic",
            "Dr. A. B. Carter (Cardiology)", "Unit 12/14"})
    void namesPass(String name) {
        assertTrue(PlainName.Check.plain(name), name);
    }

    @ParameterizedTest(name = "no name: {0}")
    @ValueSource(strings = {"Your account is locked. Reset at evil.example/login", "evil.example", "EVIL.COM",
            "visit www.evil", "http://evil", "hxxps://evil", "ftp:/x", "jane@evil", "jane＠evil", "St.Clair",
            "call 555 123 4567", "+1 (555) 123-4567", "5551234567", "555.123.4567", "١٢٣٤٥٦٧٨", "Jane xn--80ak6aa92e.рф"})
    void linksDomainsAddressesAndPhoneNumbersDoNot(String name) {
        assertFalse(PlainName.Check.plain(name), name);
    }
}
