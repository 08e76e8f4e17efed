package com.psynergybilling.leads.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.psynergybilling.leads.platform.control.ProblemException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRowsTest {

    static List<AddressRows.Address> all(AddressRows rows) {
        var all = new ArrayList<AddressRows.Address>();
        rows.forEachRemaining(all::add);
        return all;
    }

    @Test
    void plainTextIsOneAddressALineNormalisedWithLineNumbers() {
        var rows = all(AddressRows.plain("A@Example.com\r\n\nnot an address\n b@example.org \n"));
        assertEquals(3, rows.size());
        assertEquals("a@example.com", rows.get(0).email().value());
        assertNull(rows.get(1).email());
        assertEquals(3, rows.get(1).error().line());
        assertEquals("is not an email address", rows.get(1).error().message());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void csvReadsTheEmailColumn() {
        var rows = all(AddressRows.csv("name,Email\n\"Doe, J\",j@example.com\nx\n", 100));
        assertEquals("j@example.com", rows.get(0).email().value());
        assertEquals(3, rows.get(1).error().line());
        assertThrows(ProblemException.class, () -> AddressRows.csv("name\nx\n", 100));
    }
}
