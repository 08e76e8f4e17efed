package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.intake.control.PublicIntake;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.rights.control.Decisions;
import com.psynergybilling.leads.rights.control.PrivacyRequests;
import com.psynergybilling.leads.rights.control.Replies;
import com.psynergybilling.leads.rights.entity.DecisionForm;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestView;
import com.psynergybilling.leads.rights.entity.ReasonForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The officer's decision and extension, one transaction each: the JSON API and the console both call these. */
@ApplicationScoped
public class PrivacyOfficerSteps {

    @Inject
    PrivacyRequests requests;

    @Inject
    Decisions decisions;

    @Inject
    Replies replies;

    @Inject
    PublicIntake intake;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audit;

    @Transactional
    public PrivacyRequestView decide(String id, DecisionForm form, String officer) {
        DecisionForm valid = intake.validated(form, List.of());
        Instant now = now();
        var request = requests.locked(id);
        decisions.decide(request, valid.fulfilled(), valid.exception, valid.message, officer, now);
        return PrivacyRequestView.of(request, now);
    }

    @Transactional
    public PrivacyRequestView extend(String id, ReasonForm form, String officer) {
        ReasonForm valid = intake.validated(form, List.of());
        Instant now = now();
        var request = requests.locked(id);
        if (!PrivacyRequestStatus.OPEN.contains(request.status()) || request.requester().email() == null) {
            throw ProblemException.conflict("Only a request still open can be extended.");
        }
        if (!request.clocks().extend(valid.reason, now)) {
            throw ProblemException.conflict("A request can be extended once, and this one was.");
        }
        replies.extension(request, valid.reason);
        audit.fire(new Audited(officer, "PRIVACY_REQUEST_EXTENDED", request.addressHash(), "REQUIRED_BY_LAW",
                "privacy-request " + request.id() + ": due " + request.clocks().dueAt()));
        return PrivacyRequestView.of(request, now);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
