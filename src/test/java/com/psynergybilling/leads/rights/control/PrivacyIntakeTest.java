package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.rights.entity.PrivacyRequestForm;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a public privacy request stores and mails, on the migrated schema. */
class PrivacyIntakeTest {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    TestDatabase db;

    @BeforeEach
    void start() {
        db = new TestDatabase();
    }

    @AfterEach
    void stop() {
        db.close();
    }

    static PrivacyRequestForm form(String email) {
        var form = new PrivacyRequestForm();
        form.type = "ACCESS";
        form.email = email;
        form.fullName = "Pat Doe";
        return form;
    }

    private long verificationLetters(String to) {
        var em = db.open();
        try {
            return ((Number) em.createNativeQuery("select count(*) from outbox_messages where template = ?1"
                    + " and recipient = ?2").setParameter(1, "privacy-verification").setParameter(2, to)
                    .getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }

    @Test
    @DisplayName("R17: at most five requests, and so five verification letters, about one address a day; the "
            + "sixth stores and mails nothing, and the next day they are taken again")
    void aStrangerCannotMailAnAddressOverAndOver() {
        for (int i = 0; i < 7; i++) {
            int n = i;
            db.inTransaction(em -> {
                var intake = new Wiring(em).with(Secret.class, TestSecrets.of("intake-test-secret")).bean(PrivacyIntake.class);
                boolean stored = intake.receive(form("pat@example.com"), NOW.plusSeconds(n)).isPresent();
                assertEquals(n < PrivacyIntake.PER_ADDRESS_A_DAY, stored, "request " + (n + 1));
            });
        }
        assertEquals(PrivacyIntake.PER_ADDRESS_A_DAY, verificationLetters("pat@example.com"));
        db.inTransaction(em -> {
            var intake = new Wiring(em).with(Secret.class, TestSecrets.of("intake-test-secret")).bean(PrivacyIntake.class);
            assertTrue(intake.receive(form("other@example.com"), NOW).isPresent(), "another address is not limited");
            assertTrue(intake.receive(form("pat@example.com"), NOW.plus(Duration.ofDays(1)).plusSeconds(10)).isPresent(),
                    "a day later the address is taken again");
        });
    }

    @Test
    @DisplayName("R17: the verification letter says when its link stops working to the minute, with the zone, not a "
            + "date alone that in the Americas is a day the link has already stopped on")
    void theLetterSaysWhenTheLinkEnds() {
        db.inTransaction(em -> new Wiring(em).with(Secret.class, TestSecrets.of("intake-test-secret"))
                .bean(PrivacyIntake.class).receive(form("pat@example.com"), NOW));
        var em = db.open();
        try {
            String model = em.createNativeQuery("select model from outbox_messages where template = ?1")
                    .setParameter(1, "privacy-verification").getSingleResult().toString();
            assertTrue(model.contains("\"expiresAt\":\"2 December 2026, 10:00 UTC\""), model);
        } finally {
            em.close();
        }
    }
}
