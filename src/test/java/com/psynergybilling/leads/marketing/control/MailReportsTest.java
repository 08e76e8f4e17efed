package com.psynergybilling.leads.marketing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.mail.entity.DeliveryReport;
import com.psynergybilling.leads.mail.entity.DeliveryReport.Kind;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.marketing.control.MailReports.Outcome;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.policy.entity.Uses;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What bounces and complaints change, on the real schema (R12, R20). */
class MailReportsTest {

    static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    static final Secret SECRET = TestSecrets.of("reports-key");
    static final DeliveryReport HARD = new DeliveryReport(Kind.HARD_BOUNCE, "5.1.1", null, List.of());
    static final DeliveryReport SOFT = new DeliveryReport(Kind.SOFT_BOUNCE, "4.2.2", null, List.of());
    static final DeliveryReport COMPLAINT = new DeliveryReport(Kind.COMPLAINT, null, "abuse", List.of());
    static final DeliveryReport DELAY = new DeliveryReport(Kind.NOTHING, "4.4.1", null, List.of());

    @RegisterExtension
    final TestDatabase db = new TestDatabase();


    <T> T with(Function<Wiring, T> work) {
        var em = db.open();
        try {
            em.getTransaction().begin();
            T result = work.apply(new Wiring(em).with(Secret.class, SECRET));
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    String person(String email) {
        var person = new Person(EmailAddress.of(email), SECRET.keyedHash(email), AT);
        db.inTransaction(em -> em.persist(person));
        return person.id();
    }

    String promotion(String personId) {
        var message = new OutboxMessage(CampaignMail.key(UUID.randomUUID().toString(), personId), Uses.PROMOTIONAL_EMAIL,
                null, CampaignMail.template(UUID.randomUUID().toString()), "{}", null, AT);
        db.inTransaction(em -> em.persist(message));
        return message.id();
    }

    Outcome apply(String message, DeliveryReport report, Instant at) {
        return with(w -> w.bean(MailReports.class).apply(message, report, at));
    }

    Set<Suppression> kinds(String email) {
        return with(w -> w.bean(DoNotContactList.class).kinds(SECRET.keyedHash(email)));
    }

    @Test
    @DisplayName("A hard bounce lists the address as BOUNCED at once; a repeat of the same report counts once")
    void hardBounce() {
        String message = promotion(person("hard@example.com"));
        assertEquals(Outcome.SUPPRESSED, apply(message, HARD, AT));
        assertEquals(Set.of(Suppression.BOUNCED), kinds("hard@example.com"));
        assertEquals(Outcome.REPEATED, apply(message, HARD, AT));
        assertEquals(Outcome.IGNORED, apply(promotion(person("late@example.com")), DELAY, AT), "a delay changes nothing");
        assertEquals(Set.of(), kinds("late@example.com"));
    }

    @Test
    @DisplayName("Soft bounces count: two within 30 days suppress nothing, the third does; older ones do not count")
    void softBounces() {
        String person = person("soft@example.com");
        assertEquals(Outcome.COUNTED, apply(promotion(person), SOFT, AT.minus(Duration.ofDays(40))));
        assertEquals(Outcome.COUNTED, apply(promotion(person), SOFT, AT.minus(Duration.ofDays(20))));
        assertEquals(Outcome.COUNTED, apply(promotion(person), SOFT, AT.minus(Duration.ofDays(1))),
                "the first one is past the window");
        assertTrue(kinds("soft@example.com").isEmpty());
        assertEquals(Outcome.SUPPRESSED, apply(promotion(person), SOFT, AT));
        assertEquals(Set.of(Suppression.BOUNCED), kinds("soft@example.com"));
    }

    @Test
    @DisplayName("LEADS_SOFT_BOUNCE_LIMIT and LEADS_SOFT_BOUNCE_DAYS set the soft-bounce bar: 2 within 7 days here")
    void softBounceLimitsAreConfigured() {
        String person = person("soft-config@example.com");
        Function<Instant, Outcome> soft = at -> {
            String message = promotion(person);
            return with(w -> {
                var reports = w.bean(MailReports.class);
                reports.softLimit = 2;
                reports.softDays = 7;
                return reports.apply(message, SOFT, at);
            });
        };
        assertEquals(Outcome.COUNTED, soft.apply(AT.minus(Duration.ofDays(8))));
        assertEquals(Outcome.COUNTED, soft.apply(AT.minus(Duration.ofDays(1))), "the first is past 7 days");
        assertTrue(kinds("soft-config@example.com").isEmpty());
        assertEquals(Outcome.SUPPRESSED, soft.apply(AT), "the second within 7 days");
        assertEquals(Set.of(Suppression.BOUNCED), kinds("soft-config@example.com"));
    }

    @Test
    @DisplayName("the soft-bounce defaults are 3 within 30 days")
    void softBounceDefaults() {
        var reports = with(w -> w.bean(MailReports.class));
        assertEquals(3, reports.softLimit);
        assertEquals(30, reports.softDays);
    }

    @Test
    @DisplayName("R12: a complaint unsubscribes the person and lists the address as COMPLAINED")
    void complaint() {
        String person = person("complainer@example.com");
        assertEquals(Outcome.SUPPRESSED, apply(promotion(person), COMPLAINT, AT));
        assertEquals(Set.of(Suppression.NO_PROMOTIONS, Suppression.COMPLAINED), kinds("complainer@example.com"));
        boolean unsubscribed = with(w -> w.bean(MailReports.class).em.find(Person.class, person).unsubscribed());
        assertTrue(unsubscribed);
    }

    @Test
    @DisplayName("Only our promotions count: another message, an unknown one or an erased person's changes nothing")
    void onlyPromotions() {
        String person = person("other@example.com");
        var invitation = new OutboxMessage("referral:x", Uses.REFERRAL_INVITATION, null, "referral-invitation", "{}", null, AT);
        db.inTransaction(em -> em.persist(invitation));
        assertEquals(Outcome.IGNORED, apply(invitation.id(), HARD, AT));
        assertEquals(Outcome.IGNORED, apply(UUID.randomUUID().toString(), HARD, AT));
        assertEquals(Set.of(), kinds("other@example.com"));
        assertFalse(person.isEmpty());
    }

    @Test
    @DisplayName("R20: erasure deletes the reports and the BOUNCED bar, and keeps a complaint's bars")
    void erasure() {
        String bounced = person("gone@example.com");
        apply(promotion(bounced), HARD, AT);
        String complained = person("angry@example.com");
        apply(promotion(complained), COMPLAINT, AT);
        int erased = with(w -> w.bean(MailReportData.class).erase(new DataSubject(EmailAddress.of("gone@example.com"),
                SECRET.keyedHash("gone@example.com"), Optional.of(bounced)), AT));
        assertEquals(2, erased, "the report and the bar");
        assertEquals(Set.of(), kinds("gone@example.com"));
        with(w -> w.bean(MailReportData.class).erase(new DataSubject(EmailAddress.of("angry@example.com"),
                SECRET.keyedHash("angry@example.com"), Optional.of(complained)), AT));
        assertEquals(Set.of(Suppression.NO_PROMOTIONS, Suppression.COMPLAINED), kinds("angry@example.com"));
        long left = with(w -> w.bean(MailReports.class).em.createQuery("select count(r) from MailReport r",
                Long.class).getSingleResult());
        assertEquals(0L, left);
    }
}
