package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmissionReceived;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.policy.control.PolicyBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Stores a submission with its collection record under the policy in force (R1), and lets the
 * components that act on it (sales, ...) do so in the same transaction.
 */
@ApplicationScoped
public class Submissions {

    @Inject
    Clock clock;

    @Inject
    PolicyBook policies;

    @Inject
    People people;

    @Inject
    Event<SubmissionReceived> received;

    /** Runs in the intake's transaction, so the submission commits with its Idempotency-Key answer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Submission record(String form, SubmittedData data, boolean consented, boolean gpc) {
        Instant now = Moments.now(clock);
        var policy = policies.current();
        var collection = policy.collect(form, data.presentFields(), consented, now);
        // Only a form that asks for partner-sharing consent answers it; its "no" withdraws (R21).
        Boolean answer = policy.form(form).filter(rule -> !rule.consentPurposes().isEmpty())
                .map(rule -> consented).orElse(null);
        var submission = people.record(data, answer, gpc, collection);
        received.fire(new SubmissionReceived(submission));
        return submission;
    }
}
