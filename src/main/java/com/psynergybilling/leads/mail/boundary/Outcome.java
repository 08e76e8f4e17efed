package com.psynergybilling.leads.mail.boundary;

import com.psynergybilling.leads.mail.control.RetryRules;
import com.psynergybilling.leads.mail.entity.Claim;

/** What became of one claimed message in a dispatcher round: sent ({@code failure} null) or not. */
record Outcome(Claim claim, RetryRules.Failure failure) {

    static Outcome sent(Claim claim) {
        return new Outcome(claim, null);
    }

    static Outcome failed(Claim claim, RetryRules.Failure failure) {
        return new Outcome(claim, failure);
    }
}
