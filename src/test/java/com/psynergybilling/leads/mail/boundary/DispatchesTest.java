package com.psynergybilling.leads.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.mail.control.ClaimRecovery;
import com.psynergybilling.leads.mail.control.MailGuard;
import com.psynergybilling.leads.mail.control.OutboxStore;
import com.psynergybilling.leads.mail.control.QueueStats;
import com.psynergybilling.leads.mail.control.SendRate;
import com.psynergybilling.leads.mail.entity.Claim;
import com.psynergybilling.leads.mail.entity.MailState;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Claiming, the guards' veto and the stuck sweep, on the real schema (H2) outside the container. */
class DispatchesTest {

    static final int RATE = 3;
    static final String NODE = "node-a";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();


    @Test
    void twoClaimersAtOnceGetDisjointBatchesAndNothingTwice() {
        queue(7, "k");
        EntityManager first = db.open();
        EntityManager second = db.open();
        first.getTransaction().begin();
        second.getTransaction().begin();
        List<Claim> a = dispatches(first).claim(NODE, 0, 4);
        List<Claim> b = dispatches(second).claim(NODE, 0, 50);
        first.getTransaction().commit();
        second.getTransaction().commit();
        assertEquals(4, a.size());
        // PostgreSQL hands the second claimer the 3 other rows; H2 locks every row its sorted scan
        // read, so there the second one gets none now and the rest later. Neither waits, and
        // neither ever gets a row the other holds.
        var ids = new HashSet<String>();
        a.forEach(c -> ids.add(c.id()));
        b.forEach(c -> assertTrue(ids.add(c.id()), "claimed twice: " + c.id()));
        EntityManager third = db.open();
        third.getTransaction().begin();
        dispatches(third).claim(NODE, 0, 50).forEach(c -> assertTrue(ids.add(c.id()), "claimed twice: " + c.id()));
        third.getTransaction().commit();
        assertEquals(7, ids.size(), "every message claimed exactly once");
        third.getTransaction().begin();
        assertTrue(dispatches(third).claim(NODE, 0, 50).isEmpty(), "a claimed message is never claimed again");
        third.getTransaction().commit();
    }

    @Test
    void aGuardsVetoSkipsTheMessageWithItsReasonAndTheAddressIsForgotten() {
        var ids = queue(2, "veto");
        String vetoed = ids.get(0);
        EntityManager em = db.open();
        em.getTransaction().begin();
        var dispatches = dispatches(em, m -> m.id().equals(vetoed) ? Optional.of("removed by the colleague") : Optional.empty(),
                m -> Optional.empty());
        List<Claim> claimed = dispatches.claim(NODE, 0, 50);
        em.getTransaction().commit();
        assertEquals(List.of(ids.get(1)), claimed.stream().map(Claim::id).toList());
        var read = db.open();
        var skipped = read.find(OutboxMessage.class, vetoed);
        assertEquals(MailState.SKIPPED, skipped.state());
        assertEquals("removed by the colleague", skipped.retries().outcome());
        assertNull(skipped.recipient());
        assertEquals(MailState.SENDING, read.find(OutboxMessage.class, ids.get(1)).state());
    }

    @Test
    void aMessageClaimedLongAgoAndNeverFinishedBecomesUnknownNotQueued() {
        var ids = queue(1, "stuck");
        EntityManager em = db.open();
        em.getTransaction().begin();
        dispatches(em).claim(NODE, 0, 50);
        em.getTransaction().commit();
        em.getTransaction().begin();
        assertEquals(0, dispatches(em).markStuck(Duration.ofMinutes(10)), "not stuck yet");
        assertEquals(1, dispatches(em).markStuck(Duration.ofMillis(-1)));
        em.getTransaction().commit();
        var read = db.open().find(OutboxMessage.class, ids.get(0));
        assertEquals(MailState.UNKNOWN, read.state());
        assertTrue(read.finishedAt() != null && read.recipient() == null);
    }

    @Test
    @DisplayName("A dead node's batch is settled by its marks: accepted is sent, the one in flight UNKNOWN, the rest queued again")
    void aDeadNodesClaimsAreSettledByTheirMarks() {
        var ids = queue(4, "crash");
        EntityManager em = db.open();
        em.getTransaction().begin();
        assertEquals(4, dispatches(em).claim(NODE, 1, 50).size());
        em.getTransaction().commit();
        // the node sent the first, was in the SMTP transaction of the second, and then died
        em.getTransaction().begin();
        assertTrue(attempt(dispatches(em), NODE, ids.get(0), null));
        em.getTransaction().commit();
        em.getTransaction().begin();
        assertTrue(attempt(dispatches(em), NODE, ids.get(1), ids.get(0)));
        em.getTransaction().commit();
        em.clear(); // in the container each transaction reads afresh
        em.getTransaction().begin();
        assertEquals(java.util.Set.of(NODE), dispatches(em).deadHolders("node-b", Duration.ofSeconds(15)),
                "a holder with no lease row is dead");
        var fates = dispatches(em).recover(NODE, null);
        em.getTransaction().commit();
        assertEquals(java.util.Map.of(ClaimRecovery.Fate.SENT, 1, ClaimRecovery.Fate.UNKNOWN, 1,
                ClaimRecovery.Fate.QUEUED_AGAIN, 2), fates);
        var read = db.open();
        assertEquals(MailState.SENT, read.find(OutboxMessage.class, ids.get(0)).state());
        assertEquals(MailState.UNKNOWN, read.find(OutboxMessage.class, ids.get(1)).state());
        for (String id : ids.subList(2, 4)) {
            var again = read.find(OutboxMessage.class, id);
            assertEquals(MailState.QUEUED, again.state());
            assertEquals(0, again.retries().attempts(), "no retry is spent on a message never tried");
            assertNull(again.claimedBy());
        }
    }

    @Test
    @DisplayName("A node presumed dead cannot attempt what was taken from it, so nobody gets two copies")
    void aRecoveredClaimCannotBeAttemptedByItsFormerHolder() {
        var ids = queue(1, "taken");
        EntityManager em = db.open();
        em.getTransaction().begin();
        dispatches(em).claim(NODE, 0, 50);
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
        dispatches(em).recover(NODE, 0);
        em.getTransaction().commit();
        em.getTransaction().begin();
        assertEquals(1, dispatches(em).claim("node-b", 0, 50).size());
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
        assertTrue(!attempt(dispatches(em), NODE, ids.get(0), null), "the former holder must not send it");
        assertTrue(attempt(dispatches(em), "node-b", ids.get(0), null));
        em.getTransaction().commit();
    }

    @Test
    @DisplayName("A live node's claims are not taken over; its own sender settles only its own leftovers")
    void aLiveNodeKeepsItsClaims() {
        queue(2, "live");
        EntityManager em = db.open();
        em.getTransaction().begin();
        dispatches(em).claim(NODE, 0, 1);
        dispatches(em).claim(NODE, 1, 1);
        dispatches(em).leases.renew(NODE, Instant.now());
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
        assertTrue(dispatches(em).deadHolders("node-b", Duration.ofSeconds(15)).isEmpty());
        assertEquals(java.util.Map.of(ClaimRecovery.Fate.QUEUED_AGAIN, 1), dispatches(em).recover(NODE, 1));
        em.getTransaction().commit();
    }

    @Test
    void theQueueIsMeasured() {
        queue(3, "stats");
        var dispatches = dispatches(db.open());
        dispatches.measure();
        assertEquals(3, dispatches.stats.depth());
        assertTrue(dispatches.stats.oldestWaitingSeconds() >= 0);
    }

    private List<String> queue(int count, String prefix) {
        return queue(count, prefix, "WEBINAR_CONFIRMATION");
    }

    private List<String> queue(int count, String prefix, String use) {
        var ids = new java.util.ArrayList<String>();
        Instant at = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MICROS);
        db.inTransaction(em -> {
            for (int i = 0; i < count; i++) {
                var message = new OutboxMessage(prefix + i, use, "p" + i + "@example.com",
                        "test-message", "{\"text\":\"hi\"}", null, at.plusMillis(i));
                em.persist(message);
                ids.add(message.id());
            }
        });
        return ids;
    }

    @Test
    @DisplayName("R11: promotions go at LEADS_MAIL_RATE for all claimers together, after every other message")
    void promotionsWaitForTheSharedRate() {
        queue(10, "promo", "PROMOTIONAL_EMAIL");
        queue(2, "confirm", "WEBINAR_CONFIRMATION");
        var claimed = new java.util.ArrayList<Claim>();
        for (int node = 0; node < 2; node++) {
            EntityManager em = db.open();
            em.getTransaction().begin();
            claimed.addAll(dispatches(em).claim(NODE, 0, 50));
            em.getTransaction().commit();
        }
        assertEquals(2, claimed.stream().filter(c -> c.use().equals("WEBINAR_CONFIRMATION")).count());
        assertEquals(RATE, claimed.stream().filter(c -> c.use().equals("PROMOTIONAL_EMAIL")).count(),
                "one second's worth at most, however many claim");
    }

    /** One mark, on a batch's marks of its own, as a sender's round writes it. */
    private static boolean attempt(Dispatches dispatches, String node, String id, String accepted) {
        try (var marks = dispatches.marks()) {
            return dispatches.attempt(marks, node, id, accepted);
        }
    }

    @SafeVarargs
    private Dispatches dispatches(EntityManager em, MailGuard... guards) {
        var store = new OutboxStore();
        setField(store, "em", em);
        setField(store, "dataSource", db.dataSource());
        var rate = new SendRate();
        setField(rate, "em", em);
        setField(rate, "perSecond", RATE);
        var dispatches = new Dispatches();
        dispatches.store = store;
        dispatches.rate = rate;
        dispatches.clock = Clock.systemUTC();
        dispatches.stats = new QueueStats();
        setField(dispatches.stats, "clock", dispatches.clock);
        dispatches.guards = instanceOf(List.of(guards));
        var leases = new com.psynergybilling.leads.platform.control.NodeLeases();
        setField(leases, "em", em);
        dispatches.leases = leases;
        dispatches.secret = com.psynergybilling.leads.TestSecrets.of("a-test-secret-of-enough-length-0123456789");
        dispatches.policies = com.psynergybilling.leads.policy.control.TestPolicies.bundled();
        dispatches.audit = new com.psynergybilling.leads.RecordedEvents<>();
        return dispatches;
    }

    private static void setField(Object target, String name, Object value) {
        try {
            var field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CDI's Instance, as far as the dispatcher uses it: iterating over the guards. */
    @SuppressWarnings("unchecked")
    private static Instance<MailGuard> instanceOf(List<MailGuard> guards) {
        Function<String, Object> unsupported = name -> {
            throw new UnsupportedOperationException(name);
        };
        return (Instance<MailGuard>) Proxy.newProxyInstance(DispatchesTest.class.getClassLoader(),
                new Class<?>[]{Instance.class}, (proxy, method, args) -> method.getName().equals("iterator")
                        ? guards.iterator() : unsupported.apply(method.getName()));
    }
}
