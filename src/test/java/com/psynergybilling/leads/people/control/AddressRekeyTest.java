package com.psynergybilling.leads.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.PersonalColumns;
import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.people.entity.DoNotContact;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Secret;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AddressRekeyTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private final TestDatabase database = new TestDatabase();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    @DisplayName("R11: after a rotation the hashes of held addresses move to the new key in every table, so the "
            + "do-not-contact list and people meet again; a forgotten address's hash stays, found by the old key")
    void rekeysHeldAddresses() {
        Secret old = secret("old-key", null);
        Secret rotated = secret("new-key", "old-key");
        String held = "held@example.com";
        String forgotten = "gone@example.com";
        database.inTransaction(em -> {
            em.persist(new Person(EmailAddress.of(held), old.keyedHash(held), AT));
            em.persist(new DoNotContact(old.keyedHash(held), Suppression.NO_PROMOTIONS, "UNSUBSCRIBED", AT));
            em.persist(new DoNotContact(old.keyedHash(forgotten), Suppression.NO_PROMOTIONS, "ERASED_AFTER_OPT_OUT", AT));
            em.createNativeQuery("insert into legal_holds (id, address_hash, reason_code, reference, placed_by, placed_at)"
                    + " values ('h1', ?1, 'LITIGATION', 'case-1', 'officer', ?2)").setParameter(1, old.keyedHash(held))
                    .setParameter(2, java.sql.Timestamp.from(AT)).executeUpdate();
        });

        database.inTransaction(em -> {
            var step = rekey(em, rotated).step("people", null, 10);
            assertNull(step.lastId(), "one batch held them all");
            assertEquals(3, step.moved(), "person, do-not-contact entry and legal hold");
        });

        database.inTransaction(em -> {
            String now = rotated.keyedHash(held);
            assertEquals(now, em.createQuery("select p.addressHash from Person p", String.class).getSingleResult());
            assertTrue(em.find(DoNotContact.class, new DoNotContact.Key(now, Suppression.NO_PROMOTIONS)) != null);
            assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from legal_holds where address_hash = ?1")
                    .setParameter(1, now).getSingleResult()).longValue());
            assertTrue(em.find(DoNotContact.class, new DoNotContact.Key(old.keyedHash(forgotten), Suppression.NO_PROMOTIONS)) != null,
                    "nobody can re-hash an address that is no longer held");
            assertTrue(list(em, rotated).containsAny(rotated.keyedHashes(forgotten), Suppression.barringPromotions()), "the ring still finds it");
            assertFalse(list(em, secret("new-key", null)).containsAny(secret("new-key", null).keyedHashes(forgotten), Suppression.barringPromotions()),
                    "without the old key it would be lost: the start-up check keeps the old key required");
            assertEquals(0, rekey(em, rotated).step("people", null, 10).moved(), "a second pass moves nothing");
        });
    }

    @Test
    @DisplayName("R20: every column of keyed address hashes in the schema is re-keyed, so a new one cannot be forgotten")
    void everyHashedColumnIsRekeyed() {
        var rekeyed = AddressRekey.HASHED.stream().map(c -> c.table() + "." + c.column()).collect(Collectors.toSet());
        var hashed = PersonalColumns.ALL.entrySet().stream()
                .filter(c -> c.getKey().endsWith("_hash") && c.getValue() != PersonalColumns.Kind.NONE)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals(hashed, rekeyed);
    }

    @Test
    @DisplayName("R20: a colleague waiting in an unconfirmed referral, and the daily counts keyed by"
            + " an address, move to the new key; a suppression whose twin is already under the new key stays findable")
    void rekeysPendingColleaguesAndKeyedRows() {
        Secret old = secret("old-key", null);
        Secret rotated = secret("new-key", "old-key");
        String colleague = "pending@example.com";
        database.inTransaction(em -> {
            var referrer = new Person(EmailAddress.of("referrer@example.com"), old.keyedHash("referrer@example.com"), AT);
            em.persist(referrer);
            em.flush();
            var at = java.sql.Timestamp.from(AT);
            em.createNativeQuery("insert into submissions (id, person_id, source_form, categories, purposes, policy_version,"
                    + " collected_at, full_name, partner_sharing_consent) values ('s1', ?1, 'referral', 'BASIC_IDENTIFIERS', 'REFERRALS',"
                    + " '2024-06-30', ?2, 'Jane Doe', false)").setParameter(1, referrer.id()).setParameter(2, at).executeUpdate();
            em.createNativeQuery("insert into referrals (id, referrer_submission_id, created_at, confirm_by)"
                    + " values ('r1', 's1', ?1, ?1)").setParameter(1, at).executeUpdate();
            em.createNativeQuery("insert into pending_colleagues (id, referral_id, address_hash, name, email, source_form,"
                    + " categories, purposes, policy_version, collected_at) values ('p1', 'r1', ?1, 'Sam Lee', ?2,"
                    + " 'referral', 'BASIC_IDENTIFIERS', 'REFERRALS', '2024-06-30', ?3)")
                    .setParameter(1, old.keyedHash(colleague)).setParameter(2, colleague)
                    .setParameter(3, java.sql.Timestamp.from(AT)).executeUpdate();
            em.createNativeQuery("insert into referrer_quotas (referrer_hash, window_start, colleagues) values (?1, ?2, 2)")
                    .setParameter(1, old.keyedHash(colleague)).setParameter(2, java.sql.Timestamp.from(AT)).executeUpdate();
            em.persist(new DoNotContact(old.keyedHash(colleague), Suppression.NO_INVITATIONS, "REFERRAL_REMOVED", AT));
            em.persist(new DoNotContact(old.keyedHash(colleague), Suppression.NO_PROMOTIONS, "UNSUBSCRIBED", AT));
            em.persist(new DoNotContact(rotated.keyedHash(colleague), Suppression.NO_INVITATIONS, "REFERRAL_REMOVED", AT));
        });

        database.inTransaction(em -> {
            var step = rekey(em, rotated).step("pending_colleagues", null, 10);
            assertEquals(3, step.moved(), "the pending colleague, the daily count and the promotions suppression");
        });

        database.inTransaction(em -> {
            String now = rotated.keyedHash(colleague);
            assertEquals(now, em.createNativeQuery("select address_hash from pending_colleagues").getSingleResult());
            assertEquals(now, em.createNativeQuery("select referrer_hash from referrer_quotas").getSingleResult());
            assertTrue(em.find(DoNotContact.class, new DoNotContact.Key(now, Suppression.NO_PROMOTIONS)) != null);
            assertTrue(em.find(DoNotContact.class, new DoNotContact.Key(old.keyedHash(colleague), Suppression.NO_INVITATIONS))
                    != null, "its twin under the new key was there already: it stays");
            assertTrue(list(em, rotated).containsAny(rotated.keyedHashes(colleague), EnumSet.of(Suppression.NO_INVITATIONS)));
        });
    }

    private static Secret secret(String current, String previous) {
        var secret = new Secret();
        secret.configure(current, previous);
        return secret;
    }

    private static AddressRekey rekey(EntityManager em, Secret secret) {
        var rekey = new AddressRekey();
        rekey.em = em;
        rekey.secret = secret;
        rekey.contactStates = TestContactStates.on(em, com.psynergybilling.leads.policy.control.TestPolicies.bundled());
        return rekey;
    }

    private static DoNotContactList list(EntityManager em, Secret secret) {
        var list = new DoNotContactList();
        list.em = em;
        list.secret = secret;
        list.contactStates = TestContactStates.on(em, com.psynergybilling.leads.policy.control.TestPolicies.bundled());
        return list;
    }
}
