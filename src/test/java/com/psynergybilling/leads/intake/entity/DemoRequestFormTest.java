package com.psynergybilling.leads.intake.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoRequestFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static DemoRequestForm valid() {
        var form = new DemoRequestForm();
        form.fullName = "Jane Doe";
        form.email = "jane@example.com";
        form.ageConfirmed = true;
        return form;
    }

    private static Set<String> invalidFields(DemoRequestForm form) {
        form.normalize();
        return VALIDATOR.validate(form).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @Test
    void aMinimalRequestIsValid() {
        assertEquals(Set.of(), invalidFields(valid()));
    }

    @Test
    @DisplayName("R4: without the confirmation of being 18 or older the form is invalid")
    void ageMustBeConfirmed() {
        var missing = valid();
        missing.ageConfirmed = null;
        assertEquals(Set.of("ageConfirmed"), invalidFields(missing));
        var refused = valid();
        refused.ageConfirmed = false;
        assertEquals(Set.of("ageConfirmed"), invalidFields(refused));
    }

    @Test
    void singleLineFieldsRefuseLineBreaksAndNul() {
        for (String evil : new String[]{"a\r\nBcc: x@example.com", "a\nb", "a\u0000b", "a\u2028b", "a\tb"}) {
            var form = valid();
            form.fullName = evil;
            form.organization = evil;
            form.practiceSpecialty = evil;
            form.productInterest = evil;
            assertEquals(Set.of("fullName", "organization", "practiceSpecialty", "productInterest"),
                    invalidFields(form), evil);
        }
    }

    @Test
    void theNameCarriesNoMessageForTheLettersThatGreetIt() {
        for (String name : new String[]{"Call 1 800 555 0100 now", "Jane from evil.example", "http://x.test"}) {
            var form = valid();
            form.fullName = name;
            assertEquals(Set.of("fullName"), invalidFields(form), name);
        }
        var form = valid();
        form.fullName = "Dr. Jane O'Neil-Smith";
        assertEquals(Set.of(), invalidFields(form));
    }

    @Test
    void multiLineFieldsKeepLineBreaksButRefuseOtherControls() {
        var form = valid();
        form.comments = "line one\r\nline two\ttabbed";
        form.businessAddress = "1 Main St\nSpringfield";
        assertEquals(Set.of(), invalidFields(form));
        form.comments = "bell\u0007";
        assertEquals(Set.of("comments"), invalidFields(form));
    }

    @Test
    void emptyFieldsCountAsNotGiven() {
        var form = valid();
        form.phone = "   ";
        form.requestType = "";
        form.normalize();
        assertNull(form.phone);
        assertEquals("DEMO_REQUEST", form.form());
        assertTrue(VALIDATOR.validate(form).isEmpty());
    }

    @Test
    void requestTypeNamesTheForm() {
        var form = valid();
        form.requestType = "PRODUCT_INFO";
        assertEquals("PRODUCT_INFO_REQUEST", form.form());
        form.requestType = "WEBINAR";
        assertEquals(Set.of("requestType"), invalidFields(form));
    }

    @Test
    void pageUrlMustBeAWebAddress() {
        var form = valid();
        form.pageUrl = "javascript:alert(1)";
        assertEquals(Set.of("pageUrl"), invalidFields(form));
        form.pageUrl = "https://psynergybilling.com/demo?utm=x";
        assertEquals(Set.of(), invalidFields(form));
    }
}
