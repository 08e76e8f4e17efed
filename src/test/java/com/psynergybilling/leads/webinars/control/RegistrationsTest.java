package com.psynergybilling.leads.webinars.control;

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
import com.psynergybilling.leads.webinars.entity.WebinarRegistration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A repeated webinar sign-up, on the migrated schema. */
class RegistrationsTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    static final EmailAddress PAT = EmailAddress.of("pat@example.com");

    @Test
    @DisplayName("R14, R21: a repeated sign-up with the consent left unticked withdraws consent given before; "
            + "one that ticks it again changes nothing")
    void aRepeatThatSaysNoWithdrawsConsent() {
        try (var db = new TestDatabase()) {
            db.inTransaction(em -> {
                var wiring = new Wiring(em).with(Secret.class, TestSecrets.of("webinar-test"));
                var webinar = new Webinar("Billing basics", AT.plusSeconds(86_400), "marketing", AT);
                em.persist(webinar);
                var data = new SubmittedData(PAT, "Pat Doe", null, null, null, null, null, null, null, null, null, null);
                var submission = wiring.bean(People.class).record(data, true, false, TestPolicies.bundled().current()
                        .collect("WEBINAR_SIGNUP", data.presentFields(), true, AT));
                em.persist(new WebinarRegistration(webinar, submission, AT));
                em.flush();
                var registrations = wiring.bean(Registrations.class);

                assertTrue(registrations.repeated(webinar, PAT, true, false, AT.plusSeconds(60)).isPresent());
                assertTrue(submission.person().partnerConsent(), "a repeat that says yes again changes nothing");
                assertTrue(registrations.repeated(webinar, PAT, false, false, AT.plusSeconds(120)).isPresent());
                assertFalse(submission.person().partnerConsent(), "a repeat that says no withdraws consent");
            });
        }
    }
}
