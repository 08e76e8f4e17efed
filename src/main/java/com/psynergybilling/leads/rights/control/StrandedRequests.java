package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests an erasure would strand: once the person's data is gone, a request still waiting for an
 * answer (an agent's, an appeal, one not yet verified) has no address to answer and would stay open
 * and overdue for ever (R23). The erasure closes them as SUPERSEDED in its own transaction and writes
 * each requester a last letter saying why.
 */
@ApplicationScoped
public class StrandedRequests {

    @Inject
    PrivacyRequests requests;

    @Inject
    Replies replies;

    @Inject
    Event<Audited> audit;

    /** A closed request with its address and name, taken before the erasure forgets them (null when gone). */
    public record Closed(PrivacyRequest request, EmailAddress to, String name) {
    }

    /**
     * Closes every request of the address (under any of its hashes) still waiting for an answer, except
     * {@code answering} (may be null).
     */
    public List<Closed> close(List<String> addressHashes, String answering, String actor, Instant now) {
        requests.lockAll(addressHashes);
        var closed = new ArrayList<Closed>();
        for (PrivacyRequest request : requests.of(addressHashes)) {
            if (PrivacyRequestStatus.DECIDABLE.contains(request.status()) && !request.id().equals(answering)) {
                String email = request.requester().email();
                closed.add(new Closed(request, email == null ? null : new EmailAddress(email),
                        request.requester().fullName()));
                request.superseded(actor, now);
            }
        }
        return closed;
    }

    /** The last letters, queued after the erasure cleared the person's waiting mail; each closing audited. */
    public void tell(List<Closed> closed, Erasure.Ground ground, String actor) {
        for (Closed each : closed) {
            if (each.to() != null) {
                replies.closed(each.request(), each.to(), each.name(), ground);
            }
            audit.fire(new Audited(actor, "PRIVACY_DECISION", each.request().addressHash(), "REQUIRED_BY_LAW",
                    "privacy-request " + each.request().id() + ": " + PrivacyRequestStatus.SUPERSEDED + " " + ground));
        }
    }
}
