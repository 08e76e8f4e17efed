package com.psynergybilling.leads.rights.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.policy.entity.Collection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrivacyRequestTest {

    static final Instant RECEIVED = Instant.parse("2026-11-02T09:00:00Z");

    static PrivacyRequest request(String state) {
        var requester = new Requester(EmailAddress.of("pat@example.com"), "Pat", state, null, null, null, null, null);
        var collection = new Collection("PRIVACY_REQUEST", List.of("BASIC_IDENTIFIERS"), List.of("REQUIRED_BY_LAW"),
                "2024-06-30", RECEIVED);
        return new PrivacyRequest(PrivacyRequestType.DELETE, "hash", requester, collection, RECEIVED);
    }

    @Test
    @DisplayName("R23: overdue once the due date passes while open; one extension by 45 days, never a second, and none once the first 45 days are over")
    void clocks() {
        var request = request("CO");
        assertEquals(RECEIVED.plus(Duration.ofDays(45)), request.clocks().dueAt());
        assertFalse(request.overdue(RECEIVED.plus(Duration.ofDays(45))));
        assertTrue(request.overdue(RECEIVED.plus(Duration.ofDays(46))), "unverified and unanswered still counts");
        assertFalse(request.clocks().extend("late", RECEIVED.plus(Duration.ofDays(45)).plusSeconds(1)),
                "no extension once the first 45 days are over: the answer is late, not extended");
        assertEquals(RECEIVED.plus(Duration.ofDays(45)), request.clocks().dueAt());
        assertTrue(request.clocks().extend("archive", RECEIVED.plus(Duration.ofDays(40))));
        assertEquals(RECEIVED.plus(Duration.ofDays(90)), request.clocks().dueAt());
        assertFalse(request.overdue(RECEIVED.plus(Duration.ofDays(46))));
        assertFalse(request.clocks().extend("again", RECEIVED.plus(Duration.ofDays(41))), "once only");
        request.verified(PrivacyRequestStatus.AWAITING_DECISION, RECEIVED.plusSeconds(60));
        request.decide(false, "LEGAL_OBLIGATION", null, "officer", RECEIVED.plus(Duration.ofDays(50)));
        assertFalse(request.overdue(RECEIVED.plus(Duration.ofDays(200))), "answered requests are never overdue");
    }

    @Test
    @DisplayName("R22: a CO resident appeals once, with an own 45-day deadline; a CA resident cannot")
    void appeals() {
        var request = request("CO");
        assertFalse(request.appealable(), "nothing to appeal before a decision");
        request.decide(false, "LEGAL_OBLIGATION", null, "officer", RECEIVED);
        assertTrue(request.appealable());
        Instant appealed = RECEIVED.plus(Duration.ofDays(3));
        request.appeal("please", appealed);
        assertEquals(PrivacyRequestStatus.APPEALED, request.status());
        assertEquals(appealed.plus(Duration.ofDays(45)), request.clocks().appealDueAt());
        assertTrue(request.overdue(appealed.plus(Duration.ofDays(46))));
        assertThrows(IllegalStateException.class, () -> request.appeal("again", appealed));
        request.decide(true, null, null, "officer", appealed.plusSeconds(1));
        assertEquals(PrivacyRequestStatus.APPEAL_FULFILLED, request.status());
        assertFalse(request.appealable(), "an appeal's decision is final here");

        var californian = request("CA");
        californian.decide(false, "LEGAL_OBLIGATION", null, "officer", RECEIVED);
        assertFalse(californian.appealable());
    }

    @Test
    @DisplayName("R20: erasing the requester keeps the record of the request (type, dates, outcome) and nothing of the person")
    void forgetting() {
        var request = request("CO");
        request.decide(true, null, "Pat, we deleted it", "officer", RECEIVED);
        request.forgetRequester(RECEIVED);
        assertNull(request.requester().email());
        assertNull(request.requester().fullName());
        assertNull(request.requester().stateOfResidence());
        assertNull(request.outcome().message());
        assertEquals("FULFILLED", request.outcome().outcome());
        assertNull(request.addressHash(), "not who asked: the keyed hash goes too");
        assertEquals(PrivacyRequestType.DELETE, request.type());
        assertEquals(RECEIVED, request.clocks().receivedAt());
        assertTrue(request.forgotten());
        assertFalse(request.appealable());
    }

    @Test
    @DisplayName("R20, R17: a lapsing request under a legal hold keeps its requester; without one it forgets them")
    void lapsingUnderAHold() {
        var held = request("CO");
        assertTrue(held.lapse(RECEIVED.plus(Duration.ofDays(4)), true));
        assertEquals(PrivacyRequestStatus.UNVERIFIED, held.status());
        assertEquals("pat@example.com", held.requester().email(), "the hold keeps the address");
        var free = request("CO");
        assertTrue(free.lapse(RECEIVED.plus(Duration.ofDays(4)), false));
        assertNull(free.requester().email());
        assertFalse(free.lapse(RECEIVED.plus(Duration.ofDays(5)), false), "once");
    }

    @Test
    @DisplayName("R23, R27: a request the erasure overtook is closed, never overdue, never answered again")
    void superseded() {
        var appealed = request("CO");
        appealed.decide(false, "LEGAL_OBLIGATION", null, "officer", RECEIVED);
        appealed.appeal("please", RECEIVED.plus(Duration.ofDays(1)));
        Instant erased = RECEIVED.plus(Duration.ofDays(2));
        appealed.superseded("retention", erased);
        appealed.forgetRequester(erased);
        assertEquals(PrivacyRequestStatus.SUPERSEDED, appealed.status());
        assertEquals("SUPERSEDED", appealed.outcome().outcome());
        assertEquals(erased, appealed.outcome().decidedAt());
        assertFalse(appealed.overdue(RECEIVED.plus(Duration.ofDays(400))), "never overdue");
        assertFalse(PrivacyRequestStatus.DECIDABLE.contains(appealed.status()));
        assertThrows(IllegalStateException.class, () -> appealed.decide(true, null, null, "officer", erased));
    }
}
