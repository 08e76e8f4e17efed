package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.intake.entity.DemoRequestForm;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class FormBinderTest {

    @Test
    void bindsFieldsByNameWithBrowserCheckboxValues() {
        var fields = new MultivaluedHashMap<String, String>();
        fields.add("fullName", "Jane");
        fields.add("ageConfirmed", "on");
        fields.add("partnerSharingConsent", "0");
        fields.add("providerCount", " 12 ");
        fields.add("unknownField", "ignored");
        var bound = FormBinder.bind(fields, DemoRequestForm.class);
        assertTrue(bound.errors().isEmpty());
        assertEquals("Jane", bound.form().fullName);
        assertEquals(Boolean.TRUE, bound.form().ageConfirmed);
        assertEquals(Boolean.FALSE, bound.form().partnerSharingConsent);
        assertEquals(12, bound.form().providerCount);
    }

    @Test
    void reportsWhatCannotBeReadAndLeavesEmptyFieldsAbsent() {
        var fields = new MultivaluedHashMap<String, String>();
        fields.add("providerCount", "many");
        fields.add("ageConfirmed", "perhaps");
        fields.add("phone", "");
        var bound = FormBinder.bind(fields, DemoRequestForm.class);
        assertEquals(java.util.Set.of("ageConfirmed", "providerCount"),
                bound.errors().stream().map(e -> e.field()).collect(java.util.stream.Collectors.toSet()));
        assertNull(bound.form().ageConfirmed);
    }
}
