package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.platform.control.Forms;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.rights.control.Decisions;
import com.psynergybilling.leads.rights.control.Erasure;
import com.psynergybilling.leads.rights.control.LegalHolds;
import com.psynergybilling.leads.rights.control.PrivacyRequests;
import com.psynergybilling.leads.rights.control.Registry;
import com.psynergybilling.leads.rights.control.Replies;
import com.psynergybilling.leads.rights.entity.AddressForm;
import com.psynergybilling.leads.rights.entity.DecisionForm;
import com.psynergybilling.leads.rights.entity.Erased;
import com.psynergybilling.leads.rights.entity.HoldReason;
import com.psynergybilling.leads.rights.entity.LegalHold;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestView;
import com.psynergybilling.leads.rights.entity.ReasonForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The officer's steps, one transaction each: decisions, the extension, legal holds and minor reports.
 * The JSON API and the console both call these.
 */
@ApplicationScoped
public class PrivacyOfficerSteps {

    @Inject
    PrivacyRequests requests;

    @Inject
    Decisions decisions;

    @Inject
    Replies replies;

    @Inject
    Forms forms;

    @Inject
    Clock clock;

    @Inject
    LegalHolds holds;

    @Inject
    Erasure erasure;

    @Inject
    Registry registry;

    @Inject
    Event<Audited> audit;

    @Transactional
    public PrivacyRequestView decide(String id, DecisionForm form, String officer) {
        DecisionForm valid = forms.validated(form, List.of());
        Instant now = now();
        var request = requests.locked(id);
        decisions.decide(request, valid.fulfilled(), valid.exception, valid.message, officer, now);
        return PrivacyRequestView.of(request, now);
    }

    @Transactional
    public PrivacyRequestView extend(String id, ReasonForm form, String officer) {
        ReasonForm valid = forms.validated(form, List.of());
        Instant now = now();
        var request = requests.locked(id);
        if (!PrivacyRequestStatus.OPEN.contains(request.status()) || request.requester().email() == null) {
            throw ProblemException.conflict("Only a request still open can be extended.");
        }
        if (now.isAfter(request.clocks().dueAt())) {
            // R23: the extension is told within the first 45 days; after them the answer is late, not extended.
            throw ProblemException.conflict("This request was due " + request.clocks().dueAt()
                    + ": an extension must be made before the first deadline passes.");
        }
        if (!request.clocks().extend(valid.reason, now)) {
            throw ProblemException.conflict("A request can be extended once, and this one was.");
        }
        replies.extension(request, valid.reason);
        audit.fire(new Audited(officer, "PRIVACY_REQUEST_EXTENDED", request.addressHash(), "REQUIRED_BY_LAW",
                "privacy-request " + request.id() + ": due " + request.clocks().dueAt()));
        return PrivacyRequestView.of(request, now);
    }

    /** Places a legal hold: a reason code and a reference (a matter or ticket number) are required. */
    @Transactional
    public LegalHold placeHold(AddressForm form, List<FieldError> bindingErrors, String officer) {
        AddressForm valid = forms.validated(form, bindingErrors);
        var reason = valid.holdReason().orElseThrow(() -> ProblemException.badRequest(
                "A legal hold needs its reason, one of " + Arrays.toString(HoldReason.values()) + "."));
        if (valid.reference == null) {
            throw ProblemException.badRequest("A legal hold needs its reference: the matter or ticket number.");
        }
        return holds.place(valid.address(), reason, valid.reference, officer, now());
    }

    @Transactional
    public void releaseHold(String id, String officer) {
        holds.release(id, officer, now());
    }

    /** The newest legal holds (codes, references, dates; never whose). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LegalHold> holds(int limit) {
        return holds.recent(limit);
    }

    /** R4: the address belongs to someone under 18: their data goes at once, unless a legal hold keeps it. */
    @Transactional
    public Erased reportMinor(AddressForm form, List<FieldError> bindingErrors, String officer) {
        AddressForm valid = forms.validated(form, bindingErrors);
        return erasure.erase(registry.subject(valid.address()), Erasure.Ground.MINOR, officer, "minor-report", now());
    }

    private Instant now() {
        return Moments.now(clock);
    }
}
