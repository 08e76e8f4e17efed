package com.psynergybilling.leads.webinars.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.policy.control.TestPolicies;
import com.psynergybilling.leads.webinars.entity.Webinar;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A repeated webinar sign-up, on the migrated schema. */
class RegistrationsTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    static final EmailAddress PAT = EmailAddress.of("pat@example.com");

    @Test
    @DisplayName("R14, R21: a repeated sign-up finds the earlier registration, and as a later submission its unticked "
            + "consent withdraws consent given before")
    void aRepeatIsALaterSubmission() {
        try (var db = new TestDatabase()) {
            db.inTransaction(em -> {
                var wiring = new Wiring(em).with(Secret.class, TestSecrets.of("webinar-test"));
                var webinar = new Webinar("Billing basics", AT.plusSeconds(86_400), "marketing", AT);
                em.persist(webinar);
                var people = wiring.bean(People.class);
                var submission = people.record(data(), true, false, collect(AT));
                var registrations = wiring.bean(Registrations.class);
                assertTrue(registrations.earlier(webinar, PAT).isEmpty());
                var registration = registrations.register(webinar, submission, AT);

                assertEquals(registration, registrations.earlier(webinar, PAT).orElseThrow());
                assertTrue(registrations.earlier(webinar, EmailAddress.of("other@example.com")).isEmpty());
                people.record(data(), false, false, collect(AT.plusSeconds(60)));
                assertFalse(submission.person().partnerConsent(), "a repeat that says no withdraws consent");
            });
        }
    }

    private static SubmittedData data() {
        return new SubmittedData(PAT, "Pat Doe", null, null, null, null, null, null, null, null, null, null);
    }

    private static com.psynergybilling.leads.policy.entity.Collection collect(Instant at) {
        return TestPolicies.bundled().current().collect("WEBINAR_SIGNUP", data().presentFields(), true, at);
    }
}
