package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Problem;
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
        var signed = tokens.read(RequestTokens.APPEAL, token).orElseThrow(() -> new ProblemException(new Problem(
                "invalid-link", "Invalid token", 400, "This appeal token is not valid; use the one in the decision email.")));
        if (signed.expired(now)) {
            throw new ProblemException(new Problem("expired-link", "Expired token", 410,
                    "The time to appeal this decision has passed."));
        }
        var request = requests.locked(signed.requestId());
        if (!request.appealable()) {
            throw ProblemException.conflict("This decision has been appealed already.");
        }
        request.appeal(reason, now);
        audit.fire(new Audited(Verification.ACTOR, "PRIVACY_APPEAL", request.addressHash(), "REQUIRED_BY_LAW",
                "privacy-request " + request.id()));
        return request;
    }
}
