package com.psynergybilling.leads.referrals.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.psynergybilling.leads.RecordedEvents;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.people.control.HeldAddresses;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.policy.entity.Collection;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferralRetentionTest {

    static final Instant QUEUED = Instant.parse("2026-10-01T12:00:00Z");

    TestDatabase db;
    String colleagueId;

    @BeforeEach
    void referSomeone() {
        db = new TestDatabase();
        var referrer = new Person(EmailAddress.of("referrer@example.com"), "hash-referrer@example.com", QUEUED);
        var submission = new Submission(referrer, new SubmittedData(referrer.email(), "Referrer", null, null, null,
                null, null, null, null, null, null, null), false,
                new Collection("REFERRAL_REFERRER", List.of("BASIC_IDENTIFIERS"), List.of("REFERRALS"), "2024-06-30", QUEUED));
        var referral = new Referral(submission, QUEUED);
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
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private RecordedEvents<Audited> runAt(Instant now) {
        return runAt(now, Set.of());
    }

    private RecordedEvents<Audited> runAt(Instant now, Set<String> heldHashes) {
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
        retention.clock = Clock.fixed(now, ZoneOffset.UTC);
        db.inTransaction(em -> {
            retention.em = em;
            retention.eraseExpired("");
        });
        return audit;
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
}
