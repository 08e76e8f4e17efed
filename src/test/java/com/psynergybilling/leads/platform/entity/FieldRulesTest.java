package com.psynergybilling.leads.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.psynergybilling.leads.platform.control.SignedIds;
import com.psynergybilling.leads.platform.control.Violations;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each shared field rule refuses exactly what the constraints it stands for refused, with their messages. */
class FieldRulesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static class Shared {
        @SingleLine(max = 5)
        String line;
        @MultiLine(max = 5)
        String text;
        @PersonName
        String name;
        @WebUrl
        String url;
        @LinkToken(max = 8, message = "is not a test token")
        String token;
    }

    static class WrittenOut {
        @Size(max = 5)
        @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE)
        String line;
        @Size(max = 5)
        @Pattern(regexp = Text.MULTI_LINE, message = Text.MULTI_LINE_MESSAGE)
        String text;
        @Size(max = 200)
        @Pattern(regexp = Text.NAME, message = Text.NAME_MESSAGE)
        String name;
        @Size(max = 2000)
        @Pattern(regexp = Text.WEB_URL, message = "must be an http or https URL")
        String url;
        @Size(max = 8)
        @Pattern(regexp = SignedIds.SHAPE, message = "is not a test token")
        String token;
    }

    static Stream<String> values() {
        return Stream.of("", "abc", "abcdef", "a\nb", "a\tb", "a\u0000b", "tooooo\nlong", "Dr. Jane Doe", "<script>",
                "https://example.com/x", "ftp://example.com", "abc.DEF_1", "abc def", "x".repeat(2001));
    }

    @ParameterizedTest
    @MethodSource("values")
    void refuseWhatTheWrittenOutConstraintsRefusedAlike(String value) {
        var shared = new Shared();
        var writtenOut = new WrittenOut();
        shared.line = shared.text = shared.name = shared.url = shared.token = value;
        writtenOut.line = writtenOut.text = writtenOut.name = writtenOut.url = writtenOut.token = value;
        assertEquals(errors(writtenOut), errors(shared));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"abcdef", "a\u0000b"})
    void andDoRefuse(String value) {
        var shared = new Shared();
        shared.line = value;
        assertFalse(errors(shared).isEmpty());
    }

    @Test
    void nullPassesAsItDidForThem() {
        assertEquals(List.of(), errors(new Shared()));
    }

    private static List<String> errors(Object form) {
        return Violations.fieldErrors(VALIDATOR.validate(form)).stream().map(e -> e.field() + ": " + e.message()).toList();
    }
}
