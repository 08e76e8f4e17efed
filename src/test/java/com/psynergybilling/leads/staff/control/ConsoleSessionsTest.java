package com.psynergybilling.leads.staff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.staff.entity.ConsoleSession;
import com.psynergybilling.leads.staff.entity.Role;
import com.psynergybilling.leads.staff.entity.StaffUser;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Console sessions on the migrated schema: only a digest is stored; idle and disabled sessions end. */
class ConsoleSessionsTest {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static ConsoleSessions sessions(jakarta.persistence.EntityManager em) {
        var sessions = new ConsoleSessions();
        sessions.em = em;
        sessions.clock = Clock.systemUTC();
        sessions.idleMinutes = 30;
        return sessions;
    }

    private static String user(String name) {
        db.inTransaction(em -> em.persist(new StaffUser(name, "hash", EnumSet.of(Role.sales), Instant.now())));
        return name;
    }

    private static String open(String username) {
        var id = new AtomicReference<String>();
        db.inTransaction(em -> id.set(sessions(em).open(em.find(StaffUser.class, username)).id()));
        return id.get();
    }

    private static boolean live(String id) {
        var found = new AtomicReference<Boolean>();
        db.inTransaction(em -> found.set(sessions(em).resume(id, true).isPresent()));
        return found.get();
    }

    @Test
    void aSessionIsFoundByItsIdButStoredOnlyAsADigest() {
        String id = open(user("digest"));
        assertTrue(live(id));
        db.inTransaction(em -> {
            var stored = em.createQuery("select s from ConsoleSession s where s.user.username = 'digest'",
                    ConsoleSession.class).getSingleResult();
            assertNotEquals(id, stored.csrfToken());
            assertEquals(null, em.find(ConsoleSession.class, id), "the id itself is no key");
        });
        assertEquals(false, live("x".repeat(43)));
        assertEquals(false, live("not a session id"));
    }

    @Test
    void aPagePollingByItselfKeepsNobodySignedInAndNoSessionOutlivesItsMaximumAge() {
        String id = open(user("polling"));
        db.inTransaction(em -> session(em, "polling").seen(Instant.now().minusSeconds(29 * 60)));
        var polled = new AtomicReference<Boolean>();
        db.inTransaction(em -> polled.set(sessions(em).resume(id, false).isPresent()));
        assertTrue(polled.get(), "still live");
        db.inTransaction(em -> assertTrue(session(em, "polling").idleLongerThan(java.time.Duration.ofMinutes(28),
                Instant.now()), "a poll is no use of the session"));

        String old = open(user("old"));
        db.inTransaction(em -> em.createQuery("update ConsoleSession s set s.createdAt = :long_ago"
                        + " where s.user.username = 'old'").setParameter("long_ago", Instant.now().minus(
                ConsoleSessions.MAX_AGE).minusSeconds(1)).executeUpdate());
        assertEquals(false, live(old), "busy or not, it ends twelve hours after sign-in");
    }

    private static ConsoleSession session(jakarta.persistence.EntityManager em, String username) {
        return em.createQuery("select s from ConsoleSession s where s.user.username = :name", ConsoleSession.class)
                .setParameter("name", username).getSingleResult();
    }

    @Test
    void aSessionIdleTooLongEnds() {
        String id = open(user("idle"));
        db.inTransaction(em -> em.createQuery("select s from ConsoleSession s where s.user.username = 'idle'",
                ConsoleSession.class).getSingleResult().seen(Instant.now().minusSeconds(31 * 60)));
        assertEquals(false, live(id));
        assertEquals(false, live(id), "and stays ended");
    }

    @Test
    void signingOutOrDisablingTheUserEndsTheSession() {
        String out = open(user("leaving"));
        db.inTransaction(em -> sessions(em).close(out));
        assertEquals(false, live(out));

        String disabled = open(user("disabled"));
        db.inTransaction(em -> em.find(StaffUser.class, "disabled").disable(Instant.now()));
        assertEquals(false, live(disabled));
    }
}
