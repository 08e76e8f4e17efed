package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.TestDoNotContact;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Suppression;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    @DisplayName("R7, R9, R12: an unsolicited message queued before the address went on the list is vetoed at send time")
    void unsolicitedMailToAListedAddressIsVetoed() {
        var secret = TestSecrets.of("guard-key");
        db.inTransaction(em -> {
            var list = TestDoNotContact.on(em, secret);
            list.add(list.hash(EmailAddress.of("Removed@Example.com")), Suppression.all(), "MINOR", Instant.now());
        });
        var em = db.open();
        try {
            var guard = new DoNotContactGuard();
            guard.doNotContact = TestDoNotContact.on(em, secret);
            assertTrue(guard.veto(message("REFERRAL_INVITATION", "removed@example.com")).isPresent());
            assertTrue(guard.veto(message("PROMOTIONAL_EMAIL", "removed@example.com")).isPresent());
            assertEquals(Optional.empty(), guard.veto(message("REFERRAL_INVITATION", "other@example.com")));
            assertEquals(Optional.empty(), guard.veto(message("WEBINAR_CONFIRMATION", "removed@example.com")),
                    "a message the person asked for still goes");
        } finally {
            em.close();
        }
    }

    @Test
    @DisplayName("R9, R12, R16: each use reads its own kinds: an invitation bar stops invitations only, a promotion bar "
            + "stops promotions and invitations, a sale-and-sharing bar stops no mail")
    void eachUseReadsItsOwnKinds() {
        var secret = TestSecrets.of("guard-key");
        db.inTransaction(em -> {
            var list = TestDoNotContact.on(em, secret);
            list.add(list.hash(EmailAddress.of("uninvited@example.com")), EnumSet.of(Suppression.NO_INVITATIONS),
                    "REFERRAL_REMOVAL", Instant.now());
            list.add(list.hash(EmailAddress.of("unsubscribed@example.com")), Suppression.barringPromotions(),
                    "UNSUBSCRIBE", Instant.now());
            list.add(list.hash(EmailAddress.of("unshared@example.com")), Suppression.barringSaleOrSharing(),
                    "GPC", Instant.now());
        });
        var em = db.open();
        try {
            var guard = new DoNotContactGuard();
            guard.doNotContact = TestDoNotContact.on(em, secret);
            assertTrue(guard.veto(message("REFERRAL_INVITATION", "uninvited@example.com")).isPresent());
            assertEquals(Optional.empty(), guard.veto(message("PROMOTIONAL_EMAIL", "uninvited@example.com")),
                    "a stranger's removal does not stop the lead's promotions");
            assertTrue(guard.veto(message("PROMOTIONAL_EMAIL", "unsubscribed@example.com")).isPresent());
            assertTrue(guard.veto(message("REFERRAL_INVITATION", "unsubscribed@example.com")).isPresent(),
                    "an invitation is commercial mail too");
            assertEquals(Optional.empty(), guard.veto(message("PROMOTIONAL_EMAIL", "unshared@example.com")));
            assertEquals(Optional.empty(), guard.veto(message("REFERRAL_INVITATION", "unshared@example.com")));
            var promotion = message("PROMOTIONAL_EMAIL", "uninvited@example.com");
            var invitation = message("REFERRAL_INVITATION", "uninvited@example.com");
            assertEquals(Set.of(invitation.id()), guard.vetoes(List.of(promotion, invitation)).keySet(),
                    "one batch, kinds per use");
        } finally {
            em.close();
        }
    }
}
