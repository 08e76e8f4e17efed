package com.psynergybilling.leads.webinars.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NewWebinarTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static NewWebinar webinar(String title, String startsAt) {
        var form = new NewWebinar();
        form.title = title;
        form.startsAt = startsAt;
        form.normalize();
        return form;
    }

    private static List<String> startsAtMessages(String startsAt) {
        return webinar("T", startsAt).startsAtErrors(NOW).stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void aFutureInstantIsAcceptedAndKeptInUtc() {
        assertEquals(List.of(), startsAtMessages(" 2027-01-14T17:00:00Z "));
        assertEquals(Instant.parse("2027-01-14T16:00:00Z"), webinar("T", "2027-01-14T17:00:00+01:00").start());
    }

    @Test
    void thePastNowAndNonsenseAreRefused() {
        assertEquals(List.of("startsAt: must be in the future"), startsAtMessages("2026-11-29T09:59:59Z"));
        assertEquals(List.of("startsAt: must be in the future"), startsAtMessages("2026-11-29T10:00:00Z"));
        for (String bad : new String[]{"2027-01-14", "2027-01-14T17:00:00", "tomorrow", "1767000000"}) {
            assertEquals(List.of("startsAt: must be an ISO-8601 instant before 2200, e.g. 2027-01-14T17:00:00Z"),
                    startsAtMessages(bad), bad);
        }
        assertEquals(List.of("startsAt: must not be blank"), startsAtMessages("  "));
    }

    @Test
    void aWebinarInTheFarFutureIsRefused() {
        assertEquals(List.of("startsAt: must be an ISO-8601 instant before 2200, e.g. 2027-01-14T17:00:00Z"),
                startsAtMessages("+999999999-01-14T17:00:00Z"));
        assertEquals(List.of(), startsAtMessages("2199-12-31T23:00:00Z"));
    }

    @Test
    void theTitleIsOneLineOfUpTo200Characters() {
        assertEquals(Set.of(), invalid(webinar("Getting paid faster: claims & <denials> in 2027", null)));
        assertEquals(Set.of("title"), invalid(webinar("   ", null)));
        assertEquals(Set.of("title"), invalid(webinar("x".repeat(201), null)));
        assertEquals(Set.of("title"), invalid(webinar("two\nlines", null)));
        assertEquals(Set.of(), invalid(webinar("x".repeat(200), null)));
    }

    private static Set<String> invalid(NewWebinar form) {
        return VALIDATOR.validate(form).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
