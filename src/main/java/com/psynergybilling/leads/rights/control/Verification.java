package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The requester follows the link: the address is theirs (R17). The request is then carried out at
 * once, except where someone must look first: an authorized agent's permission (R22), a provider site's
 * data (R24, pointed to the provider).
 * The link works once; a second use changes nothing and gets the same answer.
 */
@ApplicationScoped
public class Verification {

    static final String ACTOR = "privacy-requests";

    @Inject
    RequestTokens tokens;

    @Inject
    PrivacyRequests requests;

    @Inject
    Decisions decisions;

    public PrivacyRequest verify(String token, Instant now) {
        var request = requests.locked(tokens.requestId(RequestTokens.VERIFY, token, now));
        if (!request.pendingVerification() || request.requester().email() == null) {
            return request;
        }
        if (request.requester().providerSite() != null) {
            request.verified(PrivacyRequestStatus.AWAITING_DECISION, now);
            decisions.referToProvider(request, ACTOR, now);
        } else if (request.requester().byAgent()) {
            request.verified(PrivacyRequestStatus.AWAITING_DECISION, now);
        } else {
            request.verified(PrivacyRequestStatus.AWAITING_DECISION, now);
            decisions.carryOut(request, ACTOR, null, now);
        }
        return request;
    }
}
