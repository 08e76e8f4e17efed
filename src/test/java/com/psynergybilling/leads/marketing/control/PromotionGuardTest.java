package com.psynergybilling.leads.marketing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.TestContactStates;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.TestPolicies;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The send-time check of a queued promotion: what happened after queueing decides (R11, R12). */
class PromotionGuardTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final PolicyBook POLICIES = TestPolicies.bundled();
    @RegisterExtension
    final TestDatabase db = new TestDatabase();


    @Test
    @DisplayName("R12: a promotion queued before its recipient unsubscribed is vetoed at send time")
    void unsubscribeBetweenQueueingAndSending() {
        Person person = person("queued@example.com", "DEMO_REQUEST");
        OutboxMessage queued = promotion(person);
        assertEquals(Optional.empty(), veto(queued), "permitted when queued");

        db.inTransaction(em -> em.find(Person.class, person.id()).unsubscribe(AT.plusSeconds(1)));
        assertEquals(Optional.of("UNSUBSCRIBED"), veto(queued));
    }

    @Test
    @DisplayName("R6, R11: the erased, minors, people known only as referrers and records that do not permit "
            + "promotions are vetoed at send time")
    void excludedAtSendTime() {
        Person erased = person("erased@example.com", "DEMO_REQUEST");
        OutboxMessage toErased = promotion(erased);
        db.inTransaction(em -> em.find(Person.class, erased.id()).erase(false, AT));
        assertEquals(Optional.of("DELETED"), veto(toErased));

        Person minor = person("minor@example.com", "DEMO_REQUEST");
        OutboxMessage toMinor = promotion(minor);
        db.inTransaction(em -> em.find(Person.class, minor.id()).erase(true, AT));
        assertEquals(Optional.of("MINOR"), veto(toMinor));

        assertEquals(Optional.of("REFERRAL_ONLY"), veto(promotion(person("referrer@example.com", "REFERRAL_REFERRER"))));
        assertEquals(Optional.of("PURPOSE_NOT_PERMITTED"), veto(promotion(person("asked@example.com", "PRIVACY_REQUEST"))));
        assertEquals(Optional.of("DELETED"), veto(new OutboxMessage(CampaignMail.key(UUID.randomUUID().toString(),
                UUID.randomUUID().toString()), "PROMOTIONAL_EMAIL", "x@example.com", "campaign:x", "{}", null, AT)));
    }

    private Person person(String email, String form) {
        var person = new Person(EmailAddress.of(email), "hash-" + email, AT);
        var data = new SubmittedData(person.email(), "Name", null, null, null, null, null, null, null, null, null, null);
        var submission = new Submission(person, data, false,
                POLICIES.current().collect(form, List.of("email", "fullName"), false, AT));
        db.inTransaction(em -> {
            em.persist(person);
            em.persist(submission);
        });
        return person;
    }

    private static OutboxMessage promotion(Person person) {
        return new OutboxMessage(CampaignMail.key(UUID.randomUUID().toString(), person.id()), "PROMOTIONAL_EMAIL",
                "someone@example.com", "campaign:x", "{}", null, AT);
    }

    private Optional<String> veto(OutboxMessage message) {
        var em = db.open();
        try {
            TestContactStates.refreshAll(db, POLICIES);
            var guard = new PromotionGuard();
            guard.em = em;
            guard.contactStates = TestContactStates.on(em, POLICIES);
            return guard.veto(message);
        } finally {
            em.close();
        }
    }
}
