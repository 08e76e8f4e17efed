package com.psynergybilling.leads.people.control;

import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Decision;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;

/**
 * Whether staff may read a submission under one of the policy's uses, and how much of it: one rule for
 * every staff view of what a person gave (sales' requests, a webinar's registrants). A record that only
 * a legal obligation keeps (its erasure held back by a legal hold, R20, or a reported minor's, R4) is
 * never read under any use; any other is judged by its collection record, and a permit shows only the
 * fields its categories cover. The caller audits each read (R26) under {@link #whose}.
 */
@ApplicationScoped
public class SubmissionReads {

    static final String OBLIGATION_ONLY = "the record is kept only to comply with a legal obligation";

    @Inject
    PolicyBook policies;

    @Inject
    DoNotContactList hashes;

    /** The policy's judgement of reading {@code submission} under {@code use}. */
    public Decision judge(String use, Submission submission) {
        if (submission.keptForObligationOnly()) {
            return new Refusal(use, OBLIGATION_ONLY);
        }
        return policies.judge(use, submission.collection());
    }

    /** Which of the submission's fields {@code permit} (from {@link #judge}) lets the reader see. */
    public Predicate<String> fieldsCovered(Permit permit, Submission submission) {
        return policies.fieldsCovered(permit, submission.collection());
    }

    /** The keyed hash of the submission's address, under which its read is audited (R26). */
    public String whose(Submission submission) {
        return hashes.hash(submission.person().email());
    }
}
