package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.TestDoNotContact;
import com.psynergybilling.leads.people.entity.EmailAddress;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DoNotContactGuardTest {

    TestDatabase db;

    @BeforeEach
    void start() {
        db = new TestDatabase();
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private static OutboxMessage message(String use, String to) {
        return new OutboxMessage("k-" + use + to, use, to, "referral-invitation", "{}", null, Instant.now());
    }

    @Test
    @DisplayName("R7, R9: an unsolicited message queued before the address went on the list is vetoed at send time")
    void unsolicitedMailToAListedAddressIsVetoed() {
        var secret = TestSecrets.of("guard-key");
        db.inTransaction(em -> {
            var list = TestDoNotContact.on(em, secret);
            list.add(list.hash(EmailAddress.of("Removed@Example.com")), "REFERRAL_REMOVAL", Instant.now());
        });
        var em = db.open();
        try {
            var guard = new DoNotContactGuard();
            guard.doNotContact = TestDoNotContact.on(em, secret);
            assertTrue(guard.veto(message("REFERRAL_INVITATION", "removed@example.com")).isPresent());
            assertTrue(guard.veto(message("PROMOTIONAL_EMAIL", "removed@example.com")).isPresent());
            assertEquals(java.util.Optional.empty(), guard.veto(message("REFERRAL_INVITATION", "other@example.com")));
            assertEquals(java.util.Optional.empty(), guard.veto(message("WEBINAR_CONFIRMATION", "removed@example.com")),
                    "a message the person asked for still goes");
        } finally {
            em.close();
        }
    }
}
