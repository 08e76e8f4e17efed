package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.QueryParams;
import com.psynergybilling.leads.rights.control.PrivacyRequests;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import com.psynergybilling.leads.rights.entity.PrivacyRequestView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The privacy officer's list of requests, read and audited in one transaction (R23, R26). */
@ApplicationScoped
public class PrivacyRequestReads {

    static final int MAX_LIMIT = 500;

    @Inject
    PrivacyRequests requests;

    @Inject
    Event<Audited> audit;

    @Transactional
    public List<PrivacyRequestView> list(String status, String type, String overdue, int limit, String officer,
                                         Instant now) {
        QueryParams.requireLimit(limit, MAX_LIMIT);
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw ProblemException.badRequest("overdue must be true or false.");
        }
        var found = requests.list(parse(PrivacyRequestStatus.class, "status", status),
                parse(PrivacyRequestType.class, "type", type), overdue == null ? null : Boolean.valueOf(overdue),
                now, limit);
        found.stream().filter(r -> r.requester().email() != null).forEach(r -> audit.fire(new Audited(officer,
                "PRIVACY_REQUEST_READ", r.addressHash(), "REQUIRED_BY_LAW", "privacy-request " + r.id())));
        return found.stream().map(r -> PrivacyRequestView.of(r, now)).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
