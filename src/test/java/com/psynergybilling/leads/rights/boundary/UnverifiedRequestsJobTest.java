package com.psynergybilling.leads.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.TestClock;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.TestDoNotContact;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.rights.entity.HoldReason;
import com.psynergybilling.leads.rights.entity.LegalHold;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.rights.control.TestPrivacyRequests;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import com.psynergybilling.leads.rights.entity.Requester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnverifiedRequestsJobTest {

    static final Secret SECRET = TestSecrets.of("unverified-test-secret");

    @Test
    @DisplayName("R26: a lapse forgets a requester's name and address, and each one is audited")
    void lapsesAreAudited() {
        try (var db = new TestDatabase()) {
            String hash = UUID.randomUUID().toString();
            var clock = TestClock.at("2026-11-30T12:00:00Z");
            Instant received = clock.instant().minus(Duration.ofDays(5));
            var requester = new Requester(EmailAddress.of("pat@example.com"), "Pat", "CO", null, null, null, null, null);
            var collection = new Collection("PRIVACY_REQUEST", List.of("BASIC_IDENTIFIERS"), List.of("REQUIRED_BY_LAW"),
                    "2024-06-30", received);
            var stale = new PrivacyRequest(PrivacyRequestType.DELETE, hash, requester, collection, received);
            db.inTransaction(em -> em.persist(stale));

            var audit = new RecordedEvents<Audited>();
            db.inTransaction(em -> {
                var batch = new UnverifiedRequestsJob.Batch();
                batch.clock = clock;
                batch.requests = TestPrivacyRequests.on(em);
                batch.verifyHours = 72;
                batch.audit = audit;
                batch.holds = com.psynergybilling.leads.rights.control.RightsWiring.holds(em);
                batch.doNotContact = TestDoNotContact.on(em, SECRET);
                assertEquals(1, batch.lapse());
            });
            assertEquals(1, audit.fired.size());
            Audited entry = audit.fired.get(0);
            assertEquals("PRIVACY_REQUEST_LAPSED", entry.action());
            assertNull(entry.subject(), "the requester is forgotten, and so is whose entry it is (R20)");
            assertTrue(entry.detail().contains(stale.id()) && !entry.detail().contains("pat@example.com"), entry.detail());
        }
    }

    @Test
    @DisplayName("R20: a legal hold placed under the current key keeps a lapsed request stored under an older one")
    void aHoldUnderTheCurrentKeyKeepsAnOldKeysRequest() {
        try (var db = new TestDatabase()) {
            var clock = TestClock.at("2026-11-30T12:00:00Z");
            Instant received = clock.instant().minus(Duration.ofDays(5));
            var requester = new Requester(EmailAddress.of("held@example.com"), "Hal", "CO", null, null, null, null, null);
            var collection = new Collection("PRIVACY_REQUEST", List.of("BASIC_IDENTIFIERS"), List.of("REQUIRED_BY_LAW"),
                    "2024-06-30", received);
            // the hash of a key since rotated out of first place: no longer what the current key gives
            var stale = new PrivacyRequest(PrivacyRequestType.DELETE, "old-key-" + UUID.randomUUID(), requester,
                    collection, received);
            db.inTransaction(em -> {
                em.persist(stale);
                em.persist(new LegalHold(TestDoNotContact.on(em, SECRET).hash(EmailAddress.of("held@example.com")),
                        HoldReason.LITIGATION, null, "officer", received));
            });
            db.inTransaction(em -> {
                var batch = new UnverifiedRequestsJob.Batch();
                batch.clock = clock;
                batch.requests = TestPrivacyRequests.on(em);
                batch.verifyHours = 72;
                batch.audit = new RecordedEvents<>();
                batch.holds = com.psynergybilling.leads.rights.control.RightsWiring.holds(em);
                batch.doNotContact = TestDoNotContact.on(em, SECRET);
                assertEquals(1, batch.lapse());
            });
            db.inTransaction(em -> {
                var kept = em.find(PrivacyRequest.class, stale.id());
                assertEquals("held@example.com", kept.requester().email(), "kept under the hold");
            });
        }
    }
}
