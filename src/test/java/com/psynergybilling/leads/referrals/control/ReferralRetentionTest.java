package com.psynergybilling.leads.referrals.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.TestClock;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.TestDoNotContact;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.people.control.HeldAddresses;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.referrals.entity.PendingColleague;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferralRetentionTest {

    static final Instant QUEUED = Instant.parse("2026-10-01T12:00:00Z");
    static final Secret SECRET = TestSecrets.of("retention-test-secret");

    TestDatabase db;
    String colleagueId;

    @BeforeEach
    void referSomeone() {
        db = new TestDatabase();
        var referrer = new Person(EmailAddress.of("referrer@example.com"), "hash-referrer@example.com", QUEUED);
        var submission = new Submission(referrer, new SubmittedData(referrer.email(), "Referrer", null, null, null,
                null, null, null, null, null, null, null), false,
                new Collection("REFERRAL_REFERRER", List.of("BASIC_IDENTIFIERS"), List.of("REFERRALS"), "2024-06-30", QUEUED));
        var referral = new Referral(submission, QUEUED, QUEUED.plus(Duration.ofHours(48)));
        referral.confirm(QUEUED);
        var colleague = new ReferredColleague(referral, "ab".repeat(32), "Sam Lee", EmailAddress.of("sam@example.com"),
                new Collection("REFERRAL_COLLEAGUE", List.of("BASIC_IDENTIFIERS"), List.of("REFERRALS"), "2024-06-30", QUEUED));
        colleague.invitationQueued(QUEUED);
        colleagueId = colleague.id();
        db.inTransaction(em -> {
            em.persist(referrer);
            em.persist(submission);
            em.persist(referral);
            em.persist(colleague);
        });
        this.submission = submission;
    }

    Submission submission;

    @AfterEach
    void stop() {
        db.close();
    }

    private RecordedEvents<Audited> runAt(Instant now) {
        return runAt(now, Set.of());
    }

    private RecordedEvents<Audited> runAt(Instant now, Set<String> heldHashes) {
        return run(now, heldHashes, retention -> {
            retention.eraseExpired("");
            return 0;
        });
    }

    private RecordedEvents<Audited> expireAt(Instant now) {
        return expireAt(now, Set.of());
    }

    private RecordedEvents<Audited> expireAt(Instant now, Set<String> heldHashes) {
        return run(now, heldHashes, retention -> {
            retention.expireLapsed();
            retention.em.flush();
            retention.deleteUnsent("");
            return 0;
        });
    }

    private RecordedEvents<Audited> run(Instant now, Set<String> heldHashes,
                                        java.util.function.ToIntFunction<ReferralRetention> job) {
        var retention = new ReferralRetention();
        retention.holds = new HeldAddresses() {
            @Override
            public boolean held(String addressHash) {
                return heldHashes.contains(addressHash);
            }

            @Override
            public Set<String> heldAmong(java.util.Collection<String> addressHashes) {
                return addressHashes.stream().filter(heldHashes::contains).collect(Collectors.toSet());
            }
        };
        var audit = new RecordedEvents<Audited>();
        retention.audit = audit;
        retention.days = 30;
        retention.clock = TestClock.at(now);
        db.inTransaction(em -> {
            retention.em = em;
            retention.doNotContact = TestDoNotContact.on(em, SECRET);
            job.applyAsInt(retention);
        });
        return audit;
    }

    /** A referral made at QUEUED whose referrer never confirmed, naming one colleague; its id. */
    private String unconfirmed(String hash) {
        var referral = new Referral(submission, QUEUED, QUEUED.plus(Duration.ofHours(48)));
        var pending = new PendingColleague(referral, hash, "Pat Pending", EmailAddress.of("pat@example.com"),
                new Collection("REFERRAL_COLLEAGUE", List.of("BASIC_IDENTIFIERS"), List.of("REFERRALS"), "2024-06-30", QUEUED));
        db.inTransaction(em -> {
            em.persist(referral);
            em.persist(pending);
        });
        return referral.id();
    }

    private long pendingOf(String hash) {
        var em = db.open();
        try {
            return em.createQuery("select count(p) from PendingColleague p where p.addressHash = :h", Long.class)
                    .setParameter("h", hash).getSingleResult();
        } finally {
            em.close();
        }
    }

    private Referral referral(String id) {
        var em = db.open();
        try {
            return em.find(Referral.class, id);
        } finally {
            em.close();
        }
    }

    @Test
    @DisplayName("R6, R10: an unconfirmed referral expires with its link, and its colleague's name and address are deleted")
    void anUnconfirmedReferralExpiresWithItsColleaguesData() {
        String id = unconfirmed("cd".repeat(32));
        assertEquals(0, expireAt(QUEUED.plus(Duration.ofHours(47))).fired.size());
        assertEquals(1, pendingOf("cd".repeat(32)), "kept while the link works");
        assertTrue(referral(id).awaitsConfirmation(QUEUED.plus(Duration.ofHours(47))));

        var audit = expireAt(QUEUED.plus(Duration.ofHours(48)).plusSeconds(1));
        assertEquals(0, pendingOf("cd".repeat(32)), "nothing was sent, so nothing is kept");
        assertFalse(referral(id).awaitsConfirmation(QUEUED.plus(Duration.ofHours(48))), "the link no longer confirms");
        assertEquals(1, audit.fired.size());
        assertEquals("REFERRAL_EXPIRED", audit.fired.get(0).action());
        assertNotNull(colleague().name(), "a confirmed referral's colleague is R10's business, not expiry's");
    }

    @Test
    @DisplayName("R10, R20: a legal hold on the colleague's address keeps the data until it is released")
    void aLegalHoldKeepsTheDataUntilReleased() {
        String hash = "ef".repeat(32);
        unconfirmed(hash);
        Set<String> held = Set.of(hash, colleague().addressHash());
        expireAt(QUEUED.plus(Duration.ofDays(3)), held);
        runAt(QUEUED.plus(Duration.ofDays(31)), held);
        assertEquals(1, pendingOf(hash), "held");
        assertNotNull(colleague().name(), "held past the retention too");

        assertEquals(1, expireAt(QUEUED.plus(Duration.ofDays(5))).fired.size(), "released");
        assertEquals(0, pendingOf(hash), "deleted once the hold is released");
        runAt(QUEUED.plus(Duration.ofDays(32)));
        assertNull(colleague().name());
    }

    private ReferredColleague colleague() {
        var em = db.open();
        try {
            return em.find(ReferredColleague.class, colleagueId);
        } finally {
            em.close();
        }
    }

    @Test
    @DisplayName("R10: name and address are kept for the retention after the invitation, then deleted; the hash stays")
    void nameAndAddressGoAfterTheRetention() {
        assertEquals(0, runAt(QUEUED.plus(Duration.ofDays(29))).fired.size());
        assertNotNull(colleague().name(), "kept within the retention");

        var audit = runAt(QUEUED.plus(Duration.ofDays(30)).plusSeconds(1));
        var erased = colleague();
        assertNull(erased.name());
        assertEquals("ab".repeat(32), erased.addressHash(), "the keyed hash stays, so no second invitation");
        assertEquals(1, audit.fired.size());
        assertEquals("REFERRAL_ERASED", audit.fired.get(0).action());
        assertEquals(0, runAt(QUEUED.plus(Duration.ofDays(60))).fired.size(), "erasing twice does nothing");
    }

    @Test
    @DisplayName("R10, R20: a colleague under a legal hold is kept past the retention, and goes once it is released")
    void aHoldKeepsTheColleague() {
        Instant late = QUEUED.plus(Duration.ofDays(45));
        assertEquals(0, runAt(late, Set.of("ab".repeat(32))).fired.size());
        assertNotNull(colleague().name(), "held");
        assertEquals(1, runAt(late).fired.size());
        assertNull(colleague().name(), "released, then erased");
    }

    @Test
    @DisplayName("R10, R20: a copy a legal hold kept past its referral's confirmation is deleted once the hold is released")
    void aCopyKeptPastTheConfirmationGoesOnRelease() {
        String hash = "12".repeat(32);
        var referral = colleague().referral();
        var kept = new PendingColleague(referral, hash, "Hal Held", EmailAddress.of("hal@example.com"),
                new Collection("REFERRAL_COLLEAGUE", List.of("BASIC_IDENTIFIERS"), List.of("REFERRALS"), "2024-06-30", QUEUED));
        db.inTransaction(em -> em.persist(kept));
        expireAt(QUEUED.plus(Duration.ofDays(3)), Set.of(hash));
        assertEquals(1, pendingOf(hash), "held");
        assertEquals(1, expireAt(QUEUED.plus(Duration.ofDays(4))).fired.size(), "released");
        assertEquals(0, pendingOf(hash));
    }

    /** The hash of {@code address} under the current key, as a hold placed now carries it. */
    private static String currentKeysHash(String address) {
        return SECRET.keyedHash(EmailAddress.of(address).value());
    }

    @Test
    @DisplayName("R10, R20: a legal hold placed under the current key keeps a colleague and a pending copy stored "
            + "under an older key")
    void aHoldUnderTheCurrentKeyKeepsAnOldKeysColleague() {
        // the stored hashes ("ab..", "34..") stand for a key since rotated: not what the current key gives
        String oldHash = "34".repeat(32);
        unconfirmed(oldHash);
        Set<String> held = Set.of(currentKeysHash("sam@example.com"), currentKeysHash("pat@example.com"));
        runAt(QUEUED.plus(Duration.ofDays(31)), held);
        assertNotNull(colleague().name(), "the colleague is kept");
        expireAt(QUEUED.plus(Duration.ofDays(3)), held);
        assertEquals(1, pendingOf(oldHash), "and the pending copy");
    }
}
