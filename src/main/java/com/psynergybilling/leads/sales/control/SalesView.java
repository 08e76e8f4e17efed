package com.psynergybilling.leads.sales.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.SubmissionReads;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Problem;
import com.psynergybilling.leads.policy.entity.Decision;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Refusal;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.sales.entity.DemoRequest;
import com.psynergybilling.leads.sales.entity.DemoRequestView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What sales may see of a request: only with the policy's permit for the sales follow-up use, and
 * only the fields whose category that permit covers (the form's field-to-category map is policy data);
 * never a request that only a legal obligation keeps ({@link SubmissionReads}).
 * Every view given out is a read of personal data, and is audited (R26) in the caller's transaction.
 */
@ApplicationScoped
public class SalesView {

    @Inject
    SubmissionReads reads;

    @Inject
    Event<Audited> audit;

    /** The view for {@code actor}, or empty when the policy does not let sales use this request. */
    public Optional<DemoRequestView> of(DemoRequest request, String actor, String action) {
        return reads.judge(Uses.SALES_FOLLOW_UP, request.submission()) instanceof Permit permit
                ? Optional.of(view(request, permit, actor, action)) : Optional.empty();
    }

    /** The view for {@code actor}, or 403 naming the policy's reason. */
    public DemoRequestView required(DemoRequest request, String actor, String action) {
        Decision decision = reads.judge(Uses.SALES_FOLLOW_UP, request.submission());
        if (decision instanceof Refusal refusal) {
            throw new ProblemException(new Problem("policy-refuses", "Not permitted by the privacy policy", 403,
                    "The privacy policy does not let sales use this request: " + refusal.reason() + "."));
        }
        return view(request, (Permit) decision, actor, action);
    }

    private DemoRequestView view(DemoRequest request, Permit permit, String actor, String action) {
        audit.fire(new Audited(actor, action, reads.whose(request.submission()), permit.purpose(),
                "demo-request " + request.id()));
        return DemoRequestView.of(request, reads.fieldsCovered(permit, request.submission()));
    }
}
