package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.intake.entity.DemoRequestForm;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonBinderTest {

    @Test
    void bindsMatchingTypesAndIgnoresUnknownMembers() {
        var bound = JsonBinder.bind("{\"fullName\":\"Jane\",\"ageConfirmed\":true,\"providerCount\":7,"
                + "\"ssn\":\"123-45-6789\",\"phone\":null}", DemoRequestForm.class);
        assertTrue(bound.errors().isEmpty());
        assertEquals("Jane", bound.form().fullName);
        assertEquals(Boolean.TRUE, bound.form().ageConfirmed);
        assertEquals(7, bound.form().providerCount);
    }

    @Test
    void refusesWrongTypesInsteadOfCoercingThem() {
        var bound = JsonBinder.bind("{\"fullName\":[\"A\"],\"ageConfirmed\":\"true\",\"providerCount\":1e300,"
                + "\"comments\":{\"a\":1},\"phone\":12}", DemoRequestForm.class);
        assertEquals(Set.of("fullName", "ageConfirmed", "providerCount", "comments", "phone"),
                bound.errors().stream().map(e -> e.field()).collect(Collectors.toSet()));
        assertEquals(1, JsonBinder.bind("{\"providerCount\":3.5}", DemoRequestForm.class).errors().size());
        assertEquals(1, JsonBinder.bind("{\"providerCount\":99999999999}", DemoRequestForm.class).errors().size());
    }

    @Test
    void aNumberWithAHugeExponentIsAFieldErrorAtOnce() {
        for (String count : new String[]{"1e99999", "1e999999999", "-1e99999"}) {
            var bound = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> JsonBinder.bind("{\"providerCount\":" + count + "}", DemoRequestForm.class));
            assertEquals(List.of("providerCount"), bound.errors().stream().map(e -> e.field()).toList(), count);
        }
    }

    @Test
    void refusesWhatIsNotAJsonObject() {
        for (String body : new String[]{"", "null", "[1]", "\"text\"", "{\"a\":", "{} trailing"}) {
            var refused = assertThrows(ProblemException.class, () -> JsonBinder.bind(body, DemoRequestForm.class), body);
            assertEquals(400, refused.problem().status);
        }
    }
}
