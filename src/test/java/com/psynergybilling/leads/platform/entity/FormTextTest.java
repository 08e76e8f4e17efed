package com.psynergybilling.leads.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FormTextTest {

    public static class Base implements Normalizable {
        public String name;
        public Integer count;
        public static String CONSTANT = " kept ";
    }

    public static class Form extends Base {
        public String note;
        public String website;
    }

    @Test
    void everyTextFieldIsTrimmedAndEmptyIsAbsentButTheHoneypotStaysAsSent() {
        var form = new Form();
        form.name = "  Jane Doe ";
        form.note = "   ";
        form.count = 4;
        form.website = " ";
        form.normalize();
        assertEquals("Jane Doe", form.name);
        assertNull(form.note);
        assertEquals(4, form.count);
        assertEquals(" ", form.website);
        assertEquals(" kept ", Base.CONSTANT);
    }

    @Test
    void theHoneypotIsReadAsSent() {
        var form = new Form();
        assertNull(FormText.honeypot(form));
        form.website = "";
        assertEquals("", FormText.honeypot(form));
        assertThrows(IllegalStateException.class, () -> FormText.honeypot(new Base()));
    }
}
