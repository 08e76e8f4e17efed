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
import com.psynergybilling.leads.staff.entity.Role;
import com.psynergybilling.leads.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What an administrator does to staff accounts, one way for the API and the console alike, each audited
 * with who did it (R26). A token acts as its user, so issuing one for someone else is the power to act
 * as them: it is allowed only in the open, for a user with an address on file, who is told by mail in
 * the same transaction. A new password set by someone else is that power too, and audited as such.
 * The last enabled administrator cannot be disabled: nobody could then manage staff without editing
 * the database.
 */
@ApplicationScoped
public class StaffActions {

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

    public StaffUser create(String username, String password, Set<Role> roles, String email, String admin) {
        var user = directory.create(username, password, roles);
        if (email != null) {
            user.addressedAt(EmailAddress.of(email).value());
        }
        audit.fire(new Audited(admin, "STAFF_USER_CREATED", null, "SECURITY",
                "staff user " + user.username() + " with roles " + user.roles()));
        return user;
    }

    public StaffUser resetPassword(String username, String password, String admin) {
        var user = directory.resetPassword(username, password);
        audit.fire(new Audited(admin, "STAFF_PASSWORD_SET", null, "SECURITY", "staff user " + user.username()
                + (user.username().equals(admin) ? ": their own" : ": by another user")));
        return user;
    }

    public StaffUser setDisabled(String username, boolean disabled, String admin) {
        var user = directory.required(username);
        if (disabled && !user.disabled() && user.roles().contains(Role.admin) && directory.list().stream()
                .noneMatch(other -> other != user && !other.disabled() && other.roles().contains(Role.admin))) {
            throw ProblemException.conflict("This is the last enabled admin: enable or create another first.");
        }
        directory.setDisabled(username, disabled);
        audit.fire(new Audited(admin, disabled ? "STAFF_USER_DISABLED" : "STAFF_USER_ENABLED", null, "SECURITY",
                "staff user " + user.username()));
        return user;
    }

    public void revoke(String username, String tokenId, String admin) {
        directory.revoke(username, tokenId);
        audit.fire(new Audited(admin, "STAFF_TOKEN_REVOKED", null, "SECURITY",
                "token " + tokenId + " of staff user " + username));
    }

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
        Permit permit = policies.permitToMail(Uses.STAFF_ACCOUNT_NOTICE, FORM, now);
        outbox.queue(permit, new Envelope("staff-token:" + issued.id(), EmailAddress.of(user.email().orElseThrow()),
                TEMPLATE, Map.of("username", user.username(), "admin", admin, "issuedAt", now.toString(),
                        "tokenId", issued.id(), "label", label == null ? "" : label), null));
    }
}
