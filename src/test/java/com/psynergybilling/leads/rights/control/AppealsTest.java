package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppealsTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    final PrivacyRequest request = PrivacyRequestsTest.request(PrivacyRequestType.ACCESS, "hash", NOW);
    final Appeals appeals = new Appeals();

    AppealsTest() {
        appeals.audit = new RecordedEvents<>();
        appeals.tokens = new RequestTokens() {
            @Override
            public String requestId(Purpose purpose, String token, Instant now) {
                return request.id();
            }
        };
        appeals.requests = new PrivacyRequests() {
            @Override
            public PrivacyRequest locked(String id) {
                return request;
            }
        };
        request.decide(false, null, "no", "officer", NOW);
    }

    @Test
    @DisplayName("R22: a second appeal is told the decision was appealed already")
    void onlyOnce() {
        appeals.appeal("token", "please", NOW);
        assertEquals(PrivacyRequestStatus.APPEALED, request.status());
        var again = assertThrows(ProblemException.class, () -> appeals.appeal("token", "again", NOW));
        assertEquals(409, again.problem().status);
        assertEquals("This decision has been appealed already.", again.problem().detail);
    }

    @Test
    @DisplayName("R20, R22: the appeal of a request whose data the erasure deleted says so, not 'appealed already'")
    void anErasedRequestIsNotAppealedAlready() {
        request.forgetRequester(NOW);
        var refused = assertThrows(ProblemException.class, () -> appeals.appeal("token", "please", NOW));
        assertEquals(409, refused.problem().status);
        assertEquals("https://psynergybilling.com/problems/conflict", refused.problem().type);
        assertEquals("We have since deleted this request's data, so it can no longer be appealed; please send a new "
                + "request.", refused.problem().detail);
        assertEquals(PrivacyRequestStatus.DENIED, request.status());
    }
}
