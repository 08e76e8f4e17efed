package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The erasure's closing of the person's other open requests, on the migrated schema. */
class StrandedRequestsTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    @DisplayName("R20, R23, R27: every request still waiting is closed with a letter naming the ground; the one "
            + "being answered and the answered ones are left alone")
    void closesWhatWaits() {
        String hash = UUID.randomUUID().toString();
        Instant received = NOW.minus(Duration.ofDays(20));
        var pending = PrivacyRequestsTest.request(PrivacyRequestType.ACCESS, hash, received);
        var agents = PrivacyRequestsTest.request(PrivacyRequestType.ACCESS, hash, received);
        agents.verified(PrivacyRequestStatus.AWAITING_DECISION, received);
        var appealed = PrivacyRequestsTest.request(PrivacyRequestType.CORRECT, hash, received);
        appealed.decide(false, null, "no", "officer", received);
        appealed.appeal("please", received.plusSeconds(60));
        var answered = PrivacyRequestsTest.request(PrivacyRequestType.ACCESS, hash, received);
        answered.decide(true, null, null, "officer", received);
        var answering = PrivacyRequestsTest.request(PrivacyRequestType.DELETE, hash, received);
        answering.verified(PrivacyRequestStatus.AWAITING_DECISION, received);
        db.inTransaction(em -> List.of(pending, agents, appealed, answered, answering).forEach(em::persist));

        var letters = new ArrayList<String>();
        var audit = new RecordedEvents<Audited>();
        db.inTransaction(em -> {
            var stranded = new StrandedRequests();
            stranded.requests = new PrivacyRequests();
            stranded.requests.em = em;
            stranded.audit = audit;
            stranded.replies = new Replies() {
                @Override
                public void closed(PrivacyRequest request, EmailAddress to, String name, Erasure.Ground ground) {
                    letters.add(request.id() + " " + to.value() + " " + name + " " + ground);
                }
            };
            var closed = stranded.close(List.of(hash), answering.id(), "privacy-requests", NOW);
            // The erasure forgets every requester in between; the letters were taken before.
            closed.forEach(c -> c.request().forgetRequester(NOW));
            stranded.tell(closed, Erasure.Ground.REQUEST, "privacy-requests");
        });

        assertEquals(List.of(pending.id(), agents.id(), appealed.id()).stream()
                .map(id -> id + " pat@example.com Pat REQUEST").sorted().toList(), letters.stream().sorted().toList());
        assertEquals(3, audit.fired.stream().filter(a -> a.action().equals("PRIVACY_DECISION")
                && a.detail().endsWith("SUPERSEDED REQUEST")).count());
        var em = db.open();
        for (var request : List.of(pending, agents, appealed)) {
            var stored = em.find(PrivacyRequest.class, request.id());
            assertEquals(PrivacyRequestStatus.SUPERSEDED, stored.status());
            assertEquals(false, stored.overdue(NOW.plus(Duration.ofDays(400))), "never overdue");
        }
        assertEquals(PrivacyRequestStatus.FULFILLED, em.find(PrivacyRequest.class, answered.id()).status());
        assertEquals(PrivacyRequestStatus.AWAITING_DECISION, em.find(PrivacyRequest.class, answering.id()).status());
        em.close();
    }
}
