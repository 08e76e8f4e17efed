package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmissionReceived;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.policy.control.PolicyBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stores a submission with its collection record under the policy in force (R1), and lets the
 * components that act on it (sales, ...) do so in the same transaction.
 */
@ApplicationScoped
public class Submissions {

    @Inject
    PolicyBook policies;

    @Inject
    People people;

    @Inject
    Event<SubmissionReceived> received;

    @Inject
    Submissions self;

    /** One retry covers two first submissions of one address racing to create the person. */
    public Submission record(String form, SubmittedData data, boolean consented, boolean gpc) {
        try {
            return self.recordOnce(form, data, consented, gpc);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            return self.recordOnce(form, data, consented, gpc);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Submission recordOnce(String form, SubmittedData data, boolean consented, boolean gpc) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var collection = policies.current().collect(form, data.presentFields(), consented, now);
        var submission = people.record(data, consented, gpc, collection);
        received.fire(new SubmissionReceived(submission));
        return submission;
    }
}
