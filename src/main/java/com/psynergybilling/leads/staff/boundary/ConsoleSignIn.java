package com.psynergybilling.leads.staff.boundary;

import com.psynergybilling.leads.staff.control.ConsoleSessions;
import com.psynergybilling.leads.staff.control.LoginThrottle;
import com.psynergybilling.leads.staff.control.StaffDirectory;
import com.psynergybilling.leads.staff.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Console sign-in with the same password check (the identity store) and the same login throttle
 * as HTTP Basic, so the form is no softer target than the API.
 */
@ApplicationScoped
public class ConsoleSignIn {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    StaffDirectory directory;

    @Inject
    ConsoleSessions sessions;

    @Transactional
    public Outcome signIn(String username, String password, String client) {
        String name = username == null || username.length() > 64 ? null : username;
        Optional<Duration> wait = throttle.retryAfter(name, client);
        if (wait.isPresent()) {
            return new Outcome(null, wait.get());
        }
        if (name != null && password != null && password.length() <= 128) {
            var result = identityStores.validate(new UsernamePasswordCredential(name, password));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                var user = directory.required(result.getCallerPrincipal().getName());
                return new Outcome(sessions.open(user).id(), null);
            }
        }
        throttle.failed(name, client);
        return new Outcome(null, null);
    }

    /**
     * The session of this cookie, when it is live; every request asks the database anew. {@code byPerson}:
     * whether the request counts as use of the session ({@link ConsoleSessions#resume}).
     */
    @Transactional
    public Optional<Active> resume(String id, boolean byPerson) {
        return sessions.resume(id, byPerson)
                .map(s -> new Active(s.user().username(), s.user().roles(), s.csrfToken(), id));
    }

    @Transactional
    public void signOut(String id) {
        sessions.close(id);
    }

    /** A sign-in's result: the new session's id, or else how long to wait (null: the password was wrong). */
    public record Outcome(String sessionId, Duration retryAfter) {
    }

    /** A live session: who, with which roles, and the CSRF token its forms must carry. */
    public record Active(String username, Set<Role> roles, String csrfToken, String id) {

        public boolean has(Role role) {
            return roles.contains(role);
        }

        public CredentialValidationResult asCaller() {
            return new CredentialValidationResult(username, roles.stream().map(Role::name)
                    .collect(Collectors.toSet()));
        }
    }
}
