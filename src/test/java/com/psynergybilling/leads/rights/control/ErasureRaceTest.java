package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.control.PeopleData;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.policy.control.TestPolicies;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An erasure and a form of the same person at the same time, in two transactions on the migrated schema. */
class ErasureRaceTest {

    static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    static final Secret SECRET = TestSecrets.of("race-test-secret");
    static final EmailAddress PAT = EmailAddress.of("pat@example.com");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();


    static Person record(Wiring w, String comment) {
        var data = new SubmittedData(PAT, "Pat Doe", null, null, null, null, null, null, comment, null, null, null);
        return w.bean(People.class).record(data, null, false,
                TestPolicies.bundled().current().collect("DEMO_REQUEST", data.presentFields(), false, AT)).person();
    }

    <T> T inTransaction(Function<Wiring, T> work) {
        return db.inTransactionOf(em -> work.apply(new Wiring(em).with(Secret.class, SECRET)));
    }

    @Test
    @DisplayName("R20: a form stored while an erasure of its person begins is waited for and erased with the rest; "
            + "none is left with its data on the tombstone")
    void aFormInFlightIsErasedWithTheRest() throws Exception {
        String personId = inTransaction(w -> record(w, "the first form")).id();

        // The form's transaction has written and not yet committed.
        var intake = db.open();
        intake.getTransaction().begin();
        try {
            record(new Wiring(intake).with(Secret.class, SECRET), "a form in flight");
            intake.flush();

            var erasing = new AtomicReference<Thread>();
            var erased = CompletableFuture.supplyAsync(() -> inTransaction(w -> w.with(Registry.class, new Registry() {
                @Override
                public List<PersonalData> holders() {
                    return List.of(w.bean(PeopleData.class));
                }
            }).bean(Erasure.class).erase(new DataSubject(PAT, SECRET.keyedHash(PAT.value()), Optional.of(personId)),
                    Erasure.Ground.REQUEST, "officer", "privacy-request test", AT)), work -> {
                var thread = new Thread(work, "erasure");
                erasing.set(thread);
                thread.start();
            });
            awaitWaitingOnTheDatabase(erasing);
            intake.getTransaction().commit();
            assertTrue(erased.get(20, TimeUnit.SECONDS).erased());
        } finally {
            if (intake.getTransaction().isActive()) {
                intake.getTransaction().rollback();
            }
            intake.close();
        }

        var em = db.open();
        try {
            assertEquals(2L, ((Number) em.createNativeQuery("select count(*) from submissions where person_id = ?1")
                    .setParameter(1, personId).getSingleResult()).longValue(), "both forms are the tombstone's");
            assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from submissions where person_id = ?1"
                    + " and (full_name is not null or comments is not null)").setParameter(1, personId)
                    .getSingleResult()).longValue(), "neither keeps its data");
        } finally {
            em.close();
        }
    }

    /** Until the erasure's thread waits inside the database for the form's transaction (at most 20 s). */
    private static void awaitWaitingOnTheDatabase(AtomicReference<Thread> erasing) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Thread thread = erasing.get();
            if (thread != null && thread.getState() != Thread.State.RUNNABLE && Arrays.stream(thread.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith("org.h2."))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the erasure never waited for the form's transaction");
            }
            Thread.sleep(10);
        }
    }
}
