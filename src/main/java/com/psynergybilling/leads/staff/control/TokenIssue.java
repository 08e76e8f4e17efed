package com.psynergybilling.leads.staff.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.control.Outbox;
import com.psynergybilling.leads.mail.entity.Envelope;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Problem;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.staff.control.StaffDirectory.IssuedToken;
import com.psynergybilling.leads.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A token acts as its user, so issuing one for someone else is the administrator's power to act as
 * them. It is allowed only in the open: every issue is audited, and a token for another user is issued
 * only to a user with an address on file, who is told by mail in the same transaction.
 */
@ApplicationScoped
public class TokenIssue {

    static final String FORM = "STAFF_ADDRESS";
    static final String TEMPLATE = "staff-token-issued";

    @Inject
    StaffDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    PolicyBook policies;

    @Inject
    Event<Audited> audit;

    public IssuedToken issue(String username, String label, String admin) {
        StaffUser user = directory.find(username).orElseThrow(() -> ProblemException.notFound("This staff user"));
        boolean forSomeoneElse = !user.username().equals(admin);
        if (forSomeoneElse && user.email().isEmpty()) {
            throw new ProblemException(new Problem("owner-not-reachable", "The user cannot be told", 409,
                    "A token for another user is issued only when they can be told: this user has no address on file."));
        }
        IssuedToken issued = directory.issueToken(username, label);
        audit.fire(new Audited(admin, "STAFF_TOKEN_ISSUED", null, "SECURITY",
                "token " + issued.id() + " for staff user " + user.username()));
        if (forSomeoneElse) {
            tell(user, admin, issued, label);
        }
        return issued;
    }

    private void tell(StaffUser user, String admin, IssuedToken issued, String label) {
        Instant now = issued.createdAt();
        var collection = policies.current().collect(FORM, List.of("email"), false, now);
        if (!(policies.judge(Uses.STAFF_ACCOUNT_NOTICE, collection) instanceof Permit permit)) {
            throw new IllegalStateException("The policy in force does not allow telling staff about their account");
        }
        outbox.queue(permit, new Envelope("staff-token:" + issued.id(), EmailAddress.of(user.email().orElseThrow()),
                TEMPLATE, Map.of("username", user.username(), "admin", admin, "issuedAt", now.toString(),
                        "tokenId", issued.id(), "label", label == null ? "" : label), null));
    }
}
