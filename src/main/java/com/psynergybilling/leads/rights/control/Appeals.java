package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * R22: a resident of CO, CT or VA appeals a decision with the token of the decision email. The appeal
 * gets its own due date (CO 45 days, CT and VA 60) and waits for the privacy officer.
 */
@ApplicationScoped
public class Appeals {

    @Inject
    RequestTokens tokens;

    @Inject
    PrivacyRequests requests;

    @Inject
    Event<Audited> audit;

    public PrivacyRequest appeal(String token, String reason, Instant now) {
        var request = requests.locked(tokens.requestId(RequestTokens.APPEAL, token, now));
        if (request.forgotten()) {
            // Not appealable either, but for another reason: the person's erasure took the request's data with it.
            throw ProblemException.conflict("We have since deleted this request's data, so it can no longer be "
                    + "appealed; please send a new request.");
        }
        if (!request.appealable()) {
            throw ProblemException.conflict("This decision has been appealed already.");
        }
        request.appeal(reason, now);
        audit.fire(new Audited(Verification.ACTOR, "PRIVACY_APPEAL", request.addressHash(), "REQUIRED_BY_LAW",
                "privacy-request " + request.id()));
        return request;
    }
}
