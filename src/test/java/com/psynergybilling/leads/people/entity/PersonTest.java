package com.psynergybilling.leads.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.policy.entity.Collection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    private static Submission form(Person person, boolean consent, Instant at) {
        var data = new SubmittedData(person.email(), "Pat Person", null, null, null, null, null, null, null, null,
                null, null);
        return new Submission(person, data, consent, new Collection("DEMO_REQUEST", List.of("BASIC_IDENTIFIERS"),
                consent ? List.of("WITH_CONSENT") : List.of(), "2024-06-30", at));
    }

    @Test
    @DisplayName("R14, R21: a later form that says no withdraws consent; consent given again covers only what is "
            + "collected with it; a form that does not ask changes nothing")
    void theLatestAnswerCounts() {
        var person = new Person(EmailAddress.of("pat@example.com"), "hash", AT);
        person.submitted(true, false, AT);
        var first = form(person, true, AT);
        assertTrue(person.consentCovers(first));

        person.submitted(null, false, AT.plusSeconds(30));
        assertTrue(person.partnerConsent(), "a referral or a correction asks nothing and withdraws nothing");

        person.submitted(false, false, AT.plusSeconds(60));
        assertFalse(person.partnerConsent(), "a no withdraws");
        assertFalse(person.consentCovers(first));

        person.submitted(true, false, AT.plusSeconds(120));
        var again = form(person, true, AT.plusSeconds(120));
        assertTrue(person.consentCovers(again));
        assertFalse(person.consentCovers(first), "consent after a withdrawal does not revive earlier records");
    }

    @Test
    @DisplayName("R5, R16: Global Privacy Control opts out of sale and sharing, and no later form takes it back")
    void globalPrivacyControlStays() {
        var person = new Person(EmailAddress.of("gpc@example.com"), "hash", AT);
        person.submitted(true, true, AT);
        person.submitted(true, false, AT.plusSeconds(60));
        assertTrue(person.saleSharingOptOut());
    }

    @Test
    @DisplayName("R19: a correction to the value already held is of data we hold, yet changes nothing; one of a "
            + "field the form never collected is of data we do not hold")
    void aCorrectionKnowsWhatItHoldsApartFromWhatItChanges() {
        var person = new Person(EmailAddress.of("pat@example.com"), "hash", AT);
        var submission = form(person, true, AT);
        var same = new Correction("Pat Person", null, null, null, null, null);
        assertTrue(submission.holdsAny(same));
        assertFalse(submission.correct(same), "already as asked");
        var phone = new Correction(null, "+1 555 0100", null, null, null, null);
        assertFalse(submission.holdsAny(phone), "the form collected no phone");
        assertFalse(submission.correct(phone));
        var renamed = new Correction("Pat Persson", null, null, null, null, null);
        assertTrue(submission.holdsAny(renamed));
        assertTrue(submission.correct(renamed));
        assertEquals("Pat Persson", submission.fields().get("fullName"));
    }
}
