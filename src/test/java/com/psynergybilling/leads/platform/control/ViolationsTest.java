package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.platform.entity.ReportedAs;
import jakarta.validation.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    static class Inner {
        @NotNull
        public String name;
    }

    static class Outer {
        @Size(max = 1)
        public String code = "toolong";
        @Valid
        public List<Inner> items = List.of(new Inner());
        public List<@NotNull String> tags = java.util.Arrays.asList("a", null);
    }

    @Test
    void fieldsAreNamedAsTheCallerSentThem() {
        var violations = Validation.buildDefaultValidatorFactory().getValidator().validate(new Outer());
        var fields = Violations.fieldErrors(violations).stream().map(e -> e.field()).toList();
        assertEquals(List.of("code", "items[0].name", "tags[1]"), fields);
    }

    static class CrossField {
        public String corrections;

        @AssertTrue(message = "named")
        @ReportedAs("corrections")
        public boolean isCorrectionsWhenCorrecting() {
            return false;
        }

        @AssertTrue(message = "unnamed")
        public boolean isInternalRule() {
            return false;
        }
    }

    @Test
    void aCrossFieldCheckIsReportedUnderAPublicFieldNeverItsMethodName() {
        var violations = Validation.buildDefaultValidatorFactory().getValidator().validate(new CrossField());
        var errors = Violations.fieldErrors(violations);
        assertEquals(List.of("body", "corrections"), errors.stream().map(e -> e.field()).toList());
    }
}
