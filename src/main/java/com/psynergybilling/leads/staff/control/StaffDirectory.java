package com.psynergybilling.leads.staff.control;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.staff.entity.ApiToken;
import com.psynergybilling.leads.staff.entity.Role;
import com.psynergybilling.leads.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The store of staff users and their tokens. */
@ApplicationScoped
public class StaffDirectory {

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
        var user = new StaffUser(username, passwords.hash(password), roles, Instant.now());
        em.persist(user);
        return user;
    }

    /** Issues a new token and returns it in the clear: the only time anyone sees it. */
    public IssuedToken issueToken(String username, String label) {
        var user = find(username).orElseThrow(() -> ProblemException.notFound("This staff user"));
        String token = Tokens.generate();
        var stored = new ApiToken(user, Tokens.digest(token), label, Instant.now());
        em.persist(stored);
        return new IssuedToken(stored.id(), token, stored.createdAt());
    }

    public Optional<ApiToken> findToken(String token) {
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", Tokens.digest(token))
                .getResultStream().findFirst();
    }

    public record IssuedToken(String id, String token, Instant createdAt) {
    }
}
