package com.psynergybilling.leads.rights.control;

import com.psynergybilling.leads.rights.entity.Erased;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.psynergybilling.leads.TestClock;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.LeadRetentionPeriod;
import com.psynergybilling.leads.platform.control.TestLeadRetentionPeriod;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.rights.entity.LegalHold;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which leads the retention (R27) picks, on the migrated schema, with a fixed clock. */
class LeadRetentionTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final Instant CUTOFF = Instant.parse("2024-11-30T12:00:00Z");
    static final Instant INSIDE = CUTOFF.plusSeconds(1);
    static final Instant OUTSIDE = CUTOFF.minusSeconds(1);
    static final Instant LONG_AGO = Instant.parse("2022-01-15T09:00:00Z");

    /** Who the selection must pick, by name: every other person the test makes is kept. */
    static final List<String> EXPIRED = List.of("answered", "bare-old", "held", "outside", "released",
            "released-restricted", "sales-stale");

    static TestDatabase db;
    /** Each person's id by what the test made of them, in id order once sorted. */
    static final Map<String, String> ids = new TreeMap<>();

    @BeforeAll
    static void people() {
        db = new TestDatabase();
        db.inTransaction(em -> {
            lead(em, "inside", INSIDE);
            lead(em, "outside", OUTSIDE);
            var salesTouched = lead(em, "sales-touched", LONG_AGO);
            demoRequestChanged(em, salesTouched, INSIDE);
            var salesStale = lead(em, "sales-stale", LONG_AGO);
            demoRequestChanged(em, salesStale, OUTSIDE);
            var registered = lead(em, "registered", LONG_AGO);
            registered(em, registered, INSIDE);
            var newer = lead(em, "newer-form", LONG_AGO);
            submission(em, newer, INSIDE);
            var held = lead(em, "held", LONG_AGO);
            em.persist(new LegalHold(held.addressHash(), com.psynergybilling.leads.rights.entity.HoldReason.LITIGATION, "case-17", "officer", LONG_AGO));
            var restricted = lead(em, "held-restricted", LONG_AGO);
            em.persist(new LegalHold(restricted.addressHash(), com.psynergybilling.leads.rights.entity.HoldReason.LITIGATION, "case-18", "officer", LONG_AGO));
            em.createNativeQuery("update submissions set restricted_at = ?1 where person_id = ?2")
                    .setParameter(1, OUTSIDE.atOffset(ZoneOffset.UTC)).setParameter(2, restricted.id()).executeUpdate();
            // Restricted to a hold since released, with a form inside the window: only the hold kept it.
            var releasedRestricted = lead(em, "released-restricted", INSIDE);
            var ended = new LegalHold(releasedRestricted.addressHash(), com.psynergybilling.leads.rights.entity.HoldReason.LITIGATION, "case-19", "officer", LONG_AGO);
            ended.release("officer", INSIDE);
            em.persist(ended);
            em.createNativeQuery("update submissions set restricted_at = ?1 where person_id = ?2")
                    .setParameter(1, INSIDE.atOffset(ZoneOffset.UTC)).setParameter(2, releasedRestricted.id()).executeUpdate();
            // Restricted once, then back with a new form inside the window: the new record keeps them.
            var back = lead(em, "restricted-then-back", LONG_AGO);
            em.createNativeQuery("update submissions set restricted_at = ?1 where person_id = ?2")
                    .setParameter(1, OUTSIDE.atOffset(ZoneOffset.UTC)).setParameter(2, back.id()).executeUpdate();
            submission(em, back, INSIDE);
            var released = lead(em, "released", LONG_AGO);
            var hold = new LegalHold(released.addressHash(), com.psynergybilling.leads.rights.entity.HoldReason.LITIGATION, "audit-1", "officer", LONG_AGO);
            hold.release("officer", OUTSIDE);
            em.persist(hold);
            var asking = lead(em, "asking", LONG_AGO);
            privacyRequest(em, asking, "AWAITING_DECISION");
            var appealing = lead(em, "appealing", LONG_AGO);
            privacyRequest(em, appealing, "APPEALED");
            var answered = lead(em, "answered", LONG_AGO);
            privacyRequest(em, answered, "FULFILLED");
            var erased = lead(em, "erased", LONG_AGO);
            erased.erase(false, LONG_AGO);
            var bare = new Person(EmailAddress.of("bare-new@example.com"), "hash-bare-new", INSIDE);
            em.persist(bare);
            ids.put("bare-new", bare.id());
            var bareOld = new Person(EmailAddress.of("bare-old@example.com"), "hash-bare-old", OUTSIDE);
            em.persist(bareOld);
            ids.put("bare-old", bareOld.id());
        });
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    static Person lead(EntityManager em, String who, Instant at) {
        var person = new Person(EmailAddress.of(who + "@example.com"), "hash-" + who, LONG_AGO);
        em.persist(person);
        submission(em, person, at);
        ids.put(who, person.id());
        return person;
    }

    static Submission submission(EntityManager em, Person person, Instant at) {
        var submission = new Submission(person, new SubmittedData(person.email(), "Someone", null, null, null, null,
                null, null, null, null, null, null), false, new Collection("DEMO_REQUEST",
                List.of("BASIC_IDENTIFIERS"), List.of("PROVIDING_THE_SERVICE"), "2024-06-30", at));
        em.persist(submission);
        em.flush();
        return submission;
    }

    /** A demo request received long ago whose last claim, status change or note was at {@code at}. */
    static void demoRequestChanged(EntityManager em, Person person, Instant at) {
        var submission = submission(em, person, LONG_AGO);
        em.createNativeQuery("insert into demo_requests (id, request_type, status, received_at, updated_at, version)"
                        + " values (?1, 'DEMO', 'CONTACTED', ?2, ?3, 2)").setParameter(1, submission.id())
                .setParameter(2, LONG_AGO.atOffset(ZoneOffset.UTC)).setParameter(3, at.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    static void registered(EntityManager em, Person person, Instant at) {
        var submission = submission(em, person, at);
        String webinar = UUID.randomUUID().toString();
        em.createNativeQuery("insert into webinars (id, title, starts_at, created_by, created_at)"
                        + " values (?1, 'Claims', ?2, 'marketer', ?2)").setParameter(1, webinar)
                .setParameter(2, at.atOffset(ZoneOffset.UTC)).executeUpdate();
        // The sign-up's own submission is old; only the registration is recent.
        em.createNativeQuery("update submissions set collected_at = ?1 where id = ?2")
                .setParameter(1, LONG_AGO.atOffset(ZoneOffset.UTC)).setParameter(2, submission.id()).executeUpdate();
        em.createNativeQuery("insert into webinar_registrations (id, webinar_id, submission_id, person_id, registered_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, webinar).setParameter(3, submission.id()).setParameter(4, person.id())
                .setParameter(5, at.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** An access request about the person's address, received long ago, now in {@code status}. */
    static void privacyRequest(EntityManager em, Person person, String status) {
        var at = LONG_AGO.atOffset(ZoneOffset.UTC);
        em.createNativeQuery("insert into privacy_requests (id, request_type, status, address_hash, source_form,"
                        + " categories, purposes, policy_version, collected_at, received_at, confirm_by, due_at)"
                        + " values (?1, 'ACCESS', ?2, ?3, 'PRIVACY_REQUEST', 'BASIC_IDENTIFIERS', 'REQUIRED_BY_LAW',"
                        + " '2024-06-30', ?4, ?4, ?4, ?4)").setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, status).setParameter(3, person.addressHash()).setParameter(4, at).executeUpdate();
    }

    static List<String> named(List<String> personIds) {
        var names = new ArrayList<String>();
        ids.forEach((who, id) -> {
            if (personIds.contains(id)) {
                names.add(who);
            }
        });
        return names;
    }

    static LeadRetention retention(EntityManager em) {
        var retention = new LeadRetention();
        retention.em = em;
        retention.period = TestLeadRetentionPeriod.of(24);
        retention.clock = TestClock.at(NOW);
        return retention;
    }

    @Test
    @DisplayName("R27: the window is calendar months back from now, in UTC; a retention under a month is refused")
    void theCutoff() {
        assertEquals(CUTOFF, LeadRetentionPeriod.cutoff(NOW, 24));
        assertEquals(Instant.parse("2026-02-28T00:00:00Z"), LeadRetentionPeriod.cutoff(Instant.parse("2028-02-29T00:00:00Z"), 24));
        assertEquals(Instant.parse("2026-04-30T08:00:00Z"), LeadRetentionPeriod.cutoff(Instant.parse("2026-05-31T08:00:00Z"), 1));
        assertThrows(IllegalStateException.class, () -> LeadRetentionPeriod.cutoff(NOW, 0));
    }

    @Test
    @DisplayName("R27, R20: just inside the window kept, just outside picked; the newest of submission, sales "
            + "activity and registration counts; a hold in force keeps a lead once its records are restricted to the "
            + "hold, and hands one still in use to the erasure (which restricts them); a released one does not, and a "
            + "lead kept only for a hold since released goes whatever its last activity; a privacy "
            + "request still waiting for an answer keeps it, an answered one does not; a person made inside the "
            + "window with nothing yet (a writer between its two commits) is kept")
    void theSelection() {
        var picked = new ArrayList<String>();
        db.inTransaction(em -> picked.addAll(retention(em).expired("", CUTOFF, 100)));
        assertEquals(EXPIRED, named(picked));
    }

    @Test
    @DisplayName("R27: the selection walks by id in batches, so every expired lead is reached once")
    void batches() {
        var walked = new ArrayList<String>();
        db.inTransaction(em -> {
            var retention = retention(em);
            String after = "";
            List<String> batch;
            do {
                batch = retention.expired(after, CUTOFF, 1);
                walked.addAll(batch);
                after = batch.isEmpty() ? after : batch.get(0);
            } while (!batch.isEmpty());
        });
        assertEquals(EXPIRED, named(walked));
        assertEquals(walked.stream().sorted().toList(), walked, "in id order");
    }

    @Test
    @DisplayName("R27: each expired lead goes through the erasure of a deletion request, as retention, at the clock's time")
    void erasesThroughTheErasure() {
        var calls = new ArrayList<String>();
        db.inTransaction(em -> {
            var retention = retention(em);
            retention.registry = new Registry() {
                @Override
                public DataSubject subject(EmailAddress address) {
                    return new DataSubject(address, "hash-" + address.value(), Optional.empty());
                }
            };
            retention.erasure = new Erasure() {
                @Override
                public Erased erase(DataSubject subject, Ground ground, String actor, String cause, Instant now) {
                    calls.add(subject.email().value() + " " + ground + " " + actor + " " + now);
                    return new Erased(Optional.empty(), 3);
                }
            };
            var batch = retention.eraseExpired("", 2);
            assertEquals(2, batch.seen());
            assertEquals(2, batch.erased());
        });
        var firstTwo = EXPIRED.stream().map(ids::get).sorted().limit(2).toList();
        var expected = named(firstTwo).stream().map(who -> who + "@example.com RETENTION retention " + NOW).sorted()
                .toList();
        assertEquals(expected, calls.stream().sorted().toList());
    }

    @Test
    @DisplayName("R20: the jobs' hold check sees the holds in force only")
    void holdsInForce() {
        var em = db.open();
        try {
            var holds = new LegalHolds();
            holds.em = em;
            assertEquals(java.util.Set.of("hash-held"), holds.heldAmong(List.of("hash-held", "hash-released",
                    "hash-outside")));
            assertEquals(true, holds.held("hash-held"));
            assertEquals(false, holds.held("hash-released"));
            assertEquals(java.util.Set.of(), holds.heldAmong(List.of()));
        } finally {
            em.close();
        }
    }
}
