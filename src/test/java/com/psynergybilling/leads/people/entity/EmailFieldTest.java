package com.psynergybilling.leads.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.platform.control.Violations;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link EmailField} refuses what {@code @Size(max = EmailAddress.MAX_LENGTH) @ValidEmail} refused, alike. */
class EmailFieldTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static class Shared {
        @EmailField
        String email;
    }

    static class WrittenOut {
        @Size(max = EmailAddress.MAX_LENGTH)
        @ValidEmail
        String email;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"jane@example.com", "", "jane", "jane@", "a b@example.com", "jane@example.com\r\nBcc: x"})
    void refusesWhatTheWrittenOutConstraintsRefusedAlike(String value) {
        var shared = new Shared();
        var writtenOut = new WrittenOut();
        shared.email = writtenOut.email = value;
        assertEquals(errors(writtenOut), errors(shared));
    }

    @Test
    void aTooLongAddressGetsBothMessagesAsBefore() {
        var shared = new Shared();
        var writtenOut = new WrittenOut();
        shared.email = writtenOut.email = "j".repeat(250) + "@example.com";
        assertEquals(errors(writtenOut), errors(shared));
        assertEquals(2, errors(shared).size(), errors(shared).toString());
    }

    private static List<String> errors(Object form) {
        return Violations.fieldErrors(VALIDATOR.validate(form)).stream().map(e -> e.field() + ": " + e.message()).toList();
    }
}
