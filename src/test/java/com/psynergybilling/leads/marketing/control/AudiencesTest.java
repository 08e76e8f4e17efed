package com.psynergybilling.leads.marketing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.marketing.entity.Audience;
import com.psynergybilling.leads.marketing.entity.AudienceCounts;
import com.psynergybilling.leads.marketing.entity.Exclusion;
import com.psynergybilling.leads.people.control.TestContactStates;
import com.psynergybilling.leads.people.entity.DoNotContact;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.TestPolicies;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audience query on the real schema: who is in, and who is out for which reason (R11). */
class AudiencesTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final PolicyBook POLICIES = TestPolicies.bundled();
    private static final Audience EVERYONE = new Audience(List.of(), List.of(), null);

    @RegisterExtension
    final TestDatabase db = new TestDatabase();


    @Test
    @DisplayName("R9, R11: each exclusion reason is counted, each person once, and only the eligible are selected; "
            + "of the do-not-contact list only the promotion bar and the mail system's reports exclude")
    void everyReasonIsCounted() {
        String eligible = lead("eligible@example.com", "DEMO_REQUEST", "Cardiology", p -> { });
        String webinar = lead("webinar@example.com", "WEBINAR_SIGNUP", null, p -> { });
        lead("unsubscribed@example.com", "DEMO_REQUEST", null, p -> p.unsubscribe(AT));
        lead("minor@example.com", "PRICING_REQUEST", null, p -> p.erase(true, AT));
        lead("deleted@example.com", "PRICING_REQUEST", null, p -> p.erase(false, AT));
        lead("listed@example.com", "DEMO_REQUEST", null, p -> { });
        db.inTransaction(em -> em.persist(new DoNotContact("hash-listed@example.com", Suppression.NO_PROMOTIONS,
                "UNSUBSCRIBE", AT)));
        String uninvited = lead("uninvited@example.com", "DEMO_REQUEST", null, p -> { });
        db.inTransaction(em -> {
            em.persist(new DoNotContact("hash-uninvited@example.com", Suppression.NO_INVITATIONS, "REFERRAL_REMOVAL", AT));
            em.persist(new DoNotContact("hash-uninvited@example.com", Suppression.NO_SALE_OR_SHARING, "GPC", AT));
        });
        lead("referrer@example.com", "REFERRAL_REFERRER", null, p -> { });
        lead("requester@example.com", "PRIVACY_REQUEST", null, p -> { });
        lead("bounced@example.com", "DEMO_REQUEST", null, p -> { });
        lead("complained@example.com", "DEMO_REQUEST", null, p -> p.unsubscribe(AT));
        db.inTransaction(em -> {
            em.persist(new DoNotContact("hash-bounced@example.com", Suppression.BOUNCED, "HARD_BOUNCE", AT));
            em.persist(new DoNotContact("hash-complained@example.com", Suppression.COMPLAINED, "COMPLAINT", AT));
            em.persist(new DoNotContact("hash-complained@example.com", Suppression.NO_PROMOTIONS, "COMPLAINT", AT));
        });

        AudienceCounts counts = count(EVERYONE);
        assertEquals(3, counts.eligible());
        assertEquals(Map.of(Exclusion.UNSUBSCRIBED, 1L, Exclusion.MINOR, 1L, Exclusion.DELETED, 1L,
                Exclusion.DO_NOT_CONTACT, 1L, Exclusion.REFERRAL_ONLY, 1L, Exclusion.PURPOSE_NOT_PERMITTED, 1L,
                Exclusion.BOUNCED, 1L, Exclusion.COMPLAINED, 1L), counts.excluded(),
                "a complaint counts as COMPLAINED though it also unsubscribed; a bounced address as BOUNCED");
        assertEquals(new TreeSet<>(List.of(eligible, webinar, uninvited)), new TreeSet<>(next(EVERYONE, null, 20)));

        var cardiology = new Audience(List.of(), List.of("cardiology"), null);
        assertEquals(1, count(cardiology).eligible(), "specialties match whatever their case");
        assertEquals(List.of(eligible), next(cardiology, null, 10));
        assertEquals(1, count(new Audience(List.of("WEBINAR_SIGNUP"), List.of(), null)).eligible());
        assertEquals(0, count(new Audience(List.of(), List.of(), AT.plusSeconds(1))).eligible());
    }

    @Test
    @DisplayName("R11: the audience is walked in id order, a window of submissions at a time, each person once")
    void batchesFollowTheCursor() {
        var everyone = new TreeSet<String>();
        for (int i = 0; i < 5; i++) {
            everyone.add(lead("walk" + i + "@example.com", "DEMO_REQUEST", null, p -> { }));
        }
        lead("out@example.com", "DEMO_REQUEST", null, p -> p.unsubscribe(AT));
        var walked = new ArrayList<String>();
        String after = null;
        int steps = 0;
        boolean last = false;
        while (!last) {
            var step = step(EVERYONE, after, 2);
            assertTrue(step.eligible().size() <= 2, "a step holds two people at most");
            walked.addAll(step.eligible());
            after = step.through() == null ? after : step.through();
            last = step.last();
            steps++;
        }
        assertEquals(List.copyOf(everyone), walked, "every eligible person once, in id order");
        assertEquals(3, steps, "five eligible people in steps of two, the unsubscribed one never read");

        var demo = new Audience(List.of("DEMO_REQUEST"), List.of(), null);
        var filtered = new ArrayList<String>();
        after = null;
        last = false;
        steps = 0;
        while (!last) {
            var step = step(demo, after, 2);
            filtered.addAll(step.eligible());
            after = step.through() == null ? after : step.through();
            last = step.last();
            steps++;
        }
        assertEquals(List.copyOf(everyone), filtered, "a filtered audience too: every eligible person once");
        assertEquals(4, steps, "six matching submissions in windows of two, and the empty window after them");
    }

    private String lead(String email, String form, String specialty, Consumer<Person> state) {
        var person = new Person(EmailAddress.of(email), "hash-" + email, AT);
        var data = new SubmittedData(person.email(), "Name", null, "Org", null, specialty, null, null, null, null,
                null, null);
        var fields = specialty == null ? List.of("email", "fullName") : List.of("email", "fullName", "practiceSpecialty");
        var submission = new Submission(person, data, false, POLICIES.current().collect(form, fields, false, AT));
        state.accept(person);
        db.inTransaction(em -> {
            em.persist(person);
            em.persist(submission);
        });
        return person.id();
    }

    private AudienceCounts count(Audience audience) {
        return withAudiences(a -> a.count(audience));
    }

    private List<String> next(Audience audience, String after, int max) {
        return step(audience, after, max).eligible();
    }

    private Audiences.Step step(Audience audience, String after, int window) {
        return withAudiences(a -> a.next(audience, after, window));
    }

    private <T> T withAudiences(java.util.function.Function<Audiences, T> work) {
        EntityManager em = db.open();
        try {
            TestContactStates.refreshAll(db, POLICIES);
            var audiences = new Audiences();
            audiences.em = em;
            audiences.policies = POLICIES;
            audiences.states = TestContactStates.on(em, POLICIES);
            return work.apply(audiences);
        } finally {
            em.close();
        }
    }
}
