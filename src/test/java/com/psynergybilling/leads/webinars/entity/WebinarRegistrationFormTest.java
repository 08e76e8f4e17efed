package com.psynergybilling.leads.webinars.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebinarRegistrationFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static WebinarRegistrationForm valid() {
        var form = new WebinarRegistrationForm();
        form.webinarId = "0b6f1c52-6a0e-4c53-a7f4-2f3c9e1d7a10";
        form.fullName = "Jane Doe";
        form.email = "jane@example.com";
        form.ageConfirmed = true;
        return form;
    }

    private static Set<String> invalidFields(WebinarRegistrationForm form) {
        form.normalize();
        return VALIDATOR.validate(form).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @Test
    void aMinimalRegistrationIsValid() {
        assertEquals(Set.of(), invalidFields(valid()));
    }

    @Test
    @DisplayName("R4: without the confirmation of being 18 or older a webinar sign-up is invalid")
    void ageMustBeConfirmed() {
        var missing = valid();
        missing.ageConfirmed = null;
        assertEquals(Set.of("ageConfirmed"), invalidFields(missing));
        var refused = valid();
        refused.ageConfirmed = false;
        assertEquals(Set.of("ageConfirmed"), invalidFields(refused));
    }

    @Test
    void requiredFieldsAndShapes() {
        var form = new WebinarRegistrationForm();
        form.webinarId = "  ";
        form.fullName = "<script>";
        form.email = "not-an-address";
        form.organization = "a\r\nBcc: x@example.com";
        form.practiceSpecialty = "a\u0000b";
        form.pageUrl = "javascript:alert(1)";
        form.ageConfirmed = true;
        assertEquals(Set.of("webinarId", "fullName", "email", "organization", "practiceSpecialty", "pageUrl"),
                invalidFields(form));
        var odd = valid();
        odd.webinarId = "../../etc";
        assertEquals(Set.of("webinarId"), invalidFields(odd));
    }

    @Test
    void emptyFieldsAreNotGivenAndTheDataNamesWhatIsPresent() {
        var form = valid();
        form.organization = "   ";
        form.practiceSpecialty = " Cardiology ";
        form.email = " Jane@Example.com ";
        form.normalize();
        assertNull(form.organization);
        var data = form.data("203.0.113.9", "agent");
        assertEquals("jane@example.com", data.email().value());
        assertEquals(List.of("email", "fullName", "practiceSpecialty", "clientAddress", "userAgent"), data.presentFields());
        assertEquals(false, form.consented());
    }
}
