package com.psynergybilling.leads.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.people.entity.DoNotContact;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Secret;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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

    private static Secret secret(String current, String previous) {
        var secret = new Secret();
        secret.configure(current, previous);
        return secret;
    }

    private static AddressRekey rekey(EntityManager em, Secret secret) {
        var rekey = new AddressRekey();
        rekey.em = em;
        rekey.secret = secret;
        return rekey;
    }

    private static DoNotContactList list(EntityManager em, Secret secret) {
        var list = new DoNotContactList();
        list.em = em;
        list.secret = secret;
        return list;
    }
}
