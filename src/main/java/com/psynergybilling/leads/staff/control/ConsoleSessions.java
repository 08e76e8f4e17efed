package com.psynergybilling.leads.staff.control;

import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.staff.entity.ConsoleSession;
import com.psynergybilling.leads.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Console sign-in sessions, kept in the database and checked on every request, so that a sign-out,
 * a disabled user or a reset password ends the session on every node at once and no node trusts
 * a copy of its own. The cookie's id is a bearer secret like a token: stored only as its digest.
 */
@ApplicationScoped
public class ConsoleSessions {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "leads.console.idle.minutes", defaultValue = Defaults.LEADS_CONSOLE_IDLE_MINUTES)
    int idleMinutes;

    /** Opens a session for a user whose password was just checked; returns the cookie's id. */
    public Opened open(StaffUser user) {
        String id = Tokens.random();
        String csrf = Tokens.random();
        em.persist(new ConsoleSession(Tokens.digest(id), user, csrf, Moments.now(clock)));
        return new Opened(id, csrf);
    }

    /** However busy, a session ends this long after sign-in: a page left open polls for ever. */
    public static final Duration MAX_AGE = Duration.ofHours(12);

    /**
     * The live session of this id; empty (and forgotten) when idle too long, older than {@link #MAX_AGE}
     * or its user disabled. {@code byPerson}: the request is someone's doing (not a page polling by
     * itself), so the session was in use now.
     */
    public Optional<ConsoleSession> resume(String id, boolean byPerson) {
        var session = stored(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = Moments.now(clock);
        if (session.idleLongerThan(idle(), now) || session.olderThan(MAX_AGE, now) || session.user().disabled()) {
            em.remove(session);
            return Optional.empty();
        }
        if (byPerson) {
            session.seen(now);
        }
        return Optional.of(session);
    }

    public void close(String id) {
        var session = stored(id);
        if (session != null) {
            em.remove(session);
        }
    }

    /** The stored session of a cookie's id, found by its digest; null for none, or for an id no session could have. */
    private ConsoleSession stored(String id) {
        return Tokens.wellFormedRandom(id) ? em.find(ConsoleSession.class, Tokens.digest(id)) : null;
    }

    public Duration idle() {
        return Duration.ofMinutes(Math.max(1, idleMinutes));
    }

    public record Opened(String id, String csrfToken) {
    }
}
