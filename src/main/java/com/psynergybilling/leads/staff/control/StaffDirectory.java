package com.psynergybilling.leads.staff.control;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.staff.entity.ApiToken;
import com.psynergybilling.leads.staff.entity.Role;
import com.psynergybilling.leads.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The store of staff users and their tokens. */
@ApplicationScoped
public class StaffDirectory {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    public Optional<StaffUser> find(String username) {
        return Optional.ofNullable(em.find(StaffUser.class, username));
    }

    public boolean anyone() {
        return !em.createQuery("select u.username from StaffUser u", String.class).setMaxResults(1)
                .getResultList().isEmpty();
    }

    public StaffUser create(String username, String password, Set<Role> roles) {
        if (find(username).isPresent()) {
            throw ProblemException.conflict("A staff user of that name exists.");
        }
        var user = new StaffUser(username, passwords.hash(password), roles, Moments.now(clock));
        em.persist(user);
        return user;
    }

    /** Issues a new token and returns it in the clear: the only time anyone sees it. */
    public IssuedToken issueToken(String username, String label) {
        var user = find(username).orElseThrow(() -> ProblemException.notFound("This staff user"));
        String token = Tokens.generate();
        var stored = new ApiToken(user, Tokens.digest(token), label, Moments.now(clock));
        em.persist(stored);
        return new IssuedToken(stored.id(), token, stored.createdAt());
    }

    /** Every staff user by name; a staff list is short, so it is not paged. */
    public List<StaffUser> list() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class).getResultList();
    }

    public StaffUser required(String username) {
        return find(username).orElseThrow(() -> ProblemException.notFound("This staff user"));
    }

    /**
     * Disables or enables the user. Disabling also ends the user's console sessions; tokens and
     * passwords are checked against this row on every request, so every node refuses at once.
     */
    public StaffUser setDisabled(String username, boolean disabled) {
        var user = required(username);
        if (disabled) {
            user.disable(Moments.now(clock));
            endSessions(user);
        } else {
            user.enable();
        }
        return user;
    }

    /** Sets a new password and ends the user's console sessions (signed in with the old one). */
    public StaffUser resetPassword(String username, String password) {
        var user = required(username);
        user.changePassword(passwords.hash(password));
        endSessions(user);
        return user;
    }

    public List<ApiToken> tokens(String username) {
        return em.createQuery("select t from ApiToken t where t.user = :user order by t.createdAt desc, t.id",
                ApiToken.class).setParameter("user", required(username)).getResultList();
    }

    /** Deletes the token: the next request that presents it, on any node, finds nothing. */
    public void revoke(String username, String tokenId) {
        var token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.user().username().equals(username)) {
            throw ProblemException.notFound("This token");
        }
        em.remove(token);
    }

    private void endSessions(StaffUser user) {
        em.createQuery("delete from ConsoleSession s where s.user = :user").setParameter("user", user).executeUpdate();
    }

    public Optional<ApiToken> findToken(String token) {
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", Tokens.digest(token))
                .getResultStream().findFirst();
    }

    public record IssuedToken(String id, String token, Instant createdAt) {
    }
}
