package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import com.psynergybilling.leads.rights.entity.Requester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The request store's queries against the migrated schema. */
class PrivacyRequestsTest {

    static TestDatabase db;
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    static PrivacyRequest request(PrivacyRequestType type, String hash, Instant received) {
        var requester = new Requester(EmailAddress.of("pat@example.com"), "Pat", "CO", null, null, null, null, null);
        var collection = new Collection("PRIVACY_REQUEST", List.of("BASIC_IDENTIFIERS"), List.of("REQUIRED_BY_LAW"),
                "2024-06-30", received);
        return new PrivacyRequest(type, hash, requester, collection, received);
    }

    @Test
    @DisplayName("R18: fulfilled access requests of one address are counted over the past 12 months")
    void accessRequestsInTwelveMonths() {
        String hash = UUID.randomUUID().toString();
        db.inTransaction(em -> {
            var old = request(PrivacyRequestType.ACCESS, hash, NOW.minus(Duration.ofDays(400)));
            old.decide(true, null, null, "x", NOW.minus(Duration.ofDays(400)));
            var recent = request(PrivacyRequestType.ACCESS, hash, NOW.minus(Duration.ofDays(30)));
            recent.decide(true, null, null, "x", NOW.minus(Duration.ofDays(30)));
            var denied = request(PrivacyRequestType.ACCESS, hash, NOW.minus(Duration.ofDays(20)));
            denied.decide(false, null, "limit", "x", NOW.minus(Duration.ofDays(20)));
            var deletion = request(PrivacyRequestType.DELETE, hash, NOW.minus(Duration.ofDays(10)));
            deletion.decide(true, null, null, "x", NOW.minus(Duration.ofDays(10)));
            List.of(old, recent, denied, deletion).forEach(em::persist);
        });
        var em = db.open();
        var requests = new PrivacyRequests();
        requests.em = em;
        assertEquals(1, requests.accessFulfilledSince(List.of(hash), AccessReports.twelveMonthsBefore(NOW)));
        assertEquals(2, requests.accessFulfilledSince(List.of(hash), NOW.minus(Duration.ofDays(500))));
        em.close();
    }

    @Test
    @DisplayName("R18: an access request whose report the mail server refused for good, or a guard held back, is "
            + "not one of the two reports a person may get in 12 months; one still on its way or sent is")
    void aReportThatNeverLeftDoesNotCount() {
        String hash = UUID.randomUUID().toString();
        var ids = new java.util.ArrayList<String>();
        db.inTransaction(em -> {
            for (String state : List.of("FAILED", "SKIPPED", "SENT", "QUEUED")) {
                var access = request(PrivacyRequestType.ACCESS, hash, NOW.minus(Duration.ofDays(5)));
                access.decide(true, null, null, "x", NOW.minus(Duration.ofDays(5)));
                em.persist(access);
                ids.add(access.id());
                em.createNativeQuery("insert into outbox_messages (id, message_key, use_code, template, model, state,"
                        + " attempts, next_attempt_at, created_at) values (?1, ?2, 'ACCESS_REPORT', ?3, '{}', ?4, 1, ?5, ?5)")
                        .setParameter(1, UUID.randomUUID().toString())
                        .setParameter(2, Replies.ACCESS_REPORT + ":" + access.id())
                        .setParameter(3, Replies.ACCESS_REPORT).setParameter(4, state)
                        .setParameter(5, NOW.atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
            }
        });
        var em = db.open();
        var requests = new PrivacyRequests();
        requests.em = em;
        assertEquals(2, requests.accessFulfilledSince(List.of(hash), AccessReports.twelveMonthsBefore(NOW)),
                "the sent one and the one on its way; not the refused or held one");
        em.close();
    }

    @Test
    @DisplayName("R23: the privacy officer's list filters overdue requests, open ones past due and appeals past theirs")
    void overdueRequests() {
        String hash = UUID.randomUUID().toString();
        var late = request(PrivacyRequestType.DELETE, hash, NOW.minus(Duration.ofDays(50)));
        var onTime = request(PrivacyRequestType.DELETE, hash, NOW.minus(Duration.ofDays(5)));
        var answered = request(PrivacyRequestType.DELETE, hash, NOW.minus(Duration.ofDays(60)));
        answered.decide(true, null, null, "x", NOW.minus(Duration.ofDays(59)));
        var appealLate = request(PrivacyRequestType.ACCESS, hash, NOW.minus(Duration.ofDays(120)));
        appealLate.decide(false, null, "no", "x", NOW.minus(Duration.ofDays(110)));
        appealLate.appeal("please", NOW.minus(Duration.ofDays(100)));
        db.inTransaction(em -> List.of(late, onTime, answered, appealLate).forEach(em::persist));
        var em = db.open();
        var requests = new PrivacyRequests();
        requests.em = em;
        var overdue = requests.list(null, null, true, NOW, 100).stream().map(PrivacyRequest::id).toList();
        assertEquals(List.of(late.id(), appealLate.id()).stream().sorted().toList(), overdue.stream().sorted()
                .filter(id -> List.of(late.id(), onTime.id(), answered.id(), appealLate.id()).contains(id)).toList());
        var notOverdue = requests.list(null, null, false, NOW, 100).stream().map(PrivacyRequest::id).toList();
        assertEquals(true, notOverdue.contains(onTime.id()) && notOverdue.contains(answered.id())
                && !notOverdue.contains(late.id()));
        assertEquals(1, requests.list(PrivacyRequestStatus.APPEALED, PrivacyRequestType.ACCESS, null, NOW, 100).stream()
                .filter(r -> r.id().equals(appealLate.id())).count());
        em.close();
    }

    @Test
    @DisplayName("R17: a request whose link expired unused lapses and forgets the requester; verified ones stay")
    void unverifiedRequestsLapse() {
        String hash = UUID.randomUUID().toString();
        var stale = request(PrivacyRequestType.ACCESS, hash, NOW.minus(Duration.ofDays(5)));
        var fresh = request(PrivacyRequestType.ACCESS, hash, NOW.minus(Duration.ofHours(1)));
        var verified = request(PrivacyRequestType.ACCESS, hash, NOW.minus(Duration.ofDays(6)));
        verified.verified(PrivacyRequestStatus.AWAITING_DECISION, NOW.minus(Duration.ofDays(6)));
        db.inTransaction(em -> List.of(stale, fresh, verified).forEach(em::persist));
        db.inTransaction(em -> {
            var requests = new PrivacyRequests();
            requests.em = em;
            var lapsing = requests.unverifiedSince(NOW.minus(Duration.ofHours(72)), 100);
            assertEquals(List.of(stale.id()), lapsing.stream().filter(r -> r.addressHash().equals(hash))
                    .map(PrivacyRequest::id).toList(), "other tests' requests share this database");
            lapsing.forEach(r -> r.lapse(NOW, false));
        });
        var em = db.open();
        var lapsed = em.find(PrivacyRequest.class, stale.id());
        assertEquals(PrivacyRequestStatus.UNVERIFIED, lapsed.status());
        assertEquals(null, lapsed.requester().email(), "the address nobody proved is gone");
        assertEquals(null, lapsed.requester().fullName(), "and the name");
        assertEquals(PrivacyRequestStatus.PENDING_VERIFICATION, em.find(PrivacyRequest.class, fresh.id()).status());
        assertEquals(PrivacyRequestStatus.AWAITING_DECISION, em.find(PrivacyRequest.class, verified.id()).status());
        em.close();
    }
}
