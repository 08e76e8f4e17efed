package com.psynergybilling.leads.marketing.control;

import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.entity.DeliveryReport;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.marketing.entity.MailReport;
import com.psynergybilling.leads.marketing.entity.MailReport.Severity;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.platform.control.Defaults;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a bounce or a complaint about one of our promotions changes. A hard bounce (5.x.x) puts the
 * address's keyed hash on the do-not-contact list as BOUNCED; soft bounces (4.x.x) are counted, and
 * the LEADS_SOFT_BOUNCE_LIMIT-th (3) within LEADS_SOFT_BOUNCE_DAYS (30) does the same; a complaint unsubscribes the
 * person (R12) and lists the address as COMPLAINED. Each report counts once per message, each change
 * is audited (R26), and the caller learns nothing of whom it concerned.
 */
@ApplicationScoped
public class MailReports {

    static final String ACTOR = "mail-reports";
    static final String PURPOSE = "COMMUNICATING_WITH_YOU";

    /** Soft bounces within the window that bar the address (LEADS_SOFT_BOUNCE_LIMIT). */
    @Inject
    @ConfigProperty(name = "leads.soft.bounce.limit", defaultValue = Defaults.LEADS_SOFT_BOUNCE_LIMIT)
    int softLimit;

    /** The window soft bounces are counted in, in days (LEADS_SOFT_BOUNCE_DAYS). */
    @Inject
    @ConfigProperty(name = "leads.soft.bounce.days", defaultValue = Defaults.LEADS_SOFT_BOUNCE_DAYS)
    int softDays;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    DoNotContactList doNotContact;

    @Inject
    Event<Audited> audit;

    @PostConstruct
    void check() {
        if (softLimit < 1 || softDays < 1 || softDays > 3650) {
            throw new IllegalStateException("LEADS_SOFT_BOUNCE_LIMIT must be at least 1 and LEADS_SOFT_BOUNCE_DAYS "
                    + "1 to 3650");
        }
    }

    /** What became of a report: for the log and the tests, never for the caller's answer. */
    public enum Outcome {
        IGNORED, REPEATED, COUNTED, SUPPRESSED
    }

    /** Applies {@code report} about outbox message {@code outboxId} (named by a genuine bounce address). */
    public Outcome apply(String outboxId, DeliveryReport report, Instant now) {
        Optional<Severity> severity = severity(report);
        OutboxMessage message = em.find(OutboxMessage.class, outboxId);
        if (severity.isEmpty() || message == null || !Uses.PROMOTIONAL_EMAIL.equals(message.use())) {
            return Outcome.IGNORED;
        }
        Person person = CampaignMail.personOf(message.messageKey()).map(id -> em.find(Person.class, id)).orElse(null);
        if (person == null || person.erased() || person.email() == null) {
            return Outcome.IGNORED;
        }
        var kept = new MailReport(outboxId, severity.get(), report.status(),
                CampaignMail.campaignOf(message.template()).orElse(null), person.id(), now);
        if (!em.createQuery("select r.messageId from MailReport r where r.messageId = :message and r.report = :report",
                        String.class).setParameter("message", outboxId).setParameter("report", kept.report())
                .setMaxResults(1).getResultList().isEmpty()) {
            return Outcome.REPEATED;
        }
        em.persist(kept);
        count(kept);
        // The hash under the current key, as every other bar on a person is written (People).
        person.hashedAs(doNotContact.hash(person.email()));
        String whose = person.addressHash();
        String detail = "outbox " + outboxId + ": " + severity.get()
                + (report.status() == null ? " " + report.feedbackType() : " " + report.status());
        audit.fire(new Audited(ACTOR, severity.get() == Severity.COMPLAINT ? "MAIL_COMPLAINT" : "MAIL_BOUNCED",
                whose, PURPOSE, detail));
        return switch (severity.get()) {
            case HARD -> suppress(whose, Suppression.BOUNCED, "HARD_BOUNCE", now);
            case SOFT -> softBounces(person.id(), now) >= softLimit
                    ? suppress(whose, Suppression.BOUNCED, "SOFT_BOUNCES", now) : Outcome.COUNTED;
            case COMPLAINT -> complaint(person, now);
        };
    }

    static Optional<Severity> severity(DeliveryReport report) {
        return switch (report.kind()) {
            case HARD_BOUNCE -> Optional.of(Severity.HARD);
            case SOFT_BOUNCE -> Optional.of(Severity.SOFT);
            case COMPLAINT -> Optional.of(Severity.COMPLAINT);
            case NOTHING -> Optional.empty();
        };
    }

    private Outcome complaint(Person person, Instant now) {
        if (!person.unsubscribed()) {
            people.unsubscribe(person, "COMPLAINT", now);
            audit.fire(new Audited(ACTOR, "UNSUBSCRIBED", person.addressHash(), PURPOSE, "person " + person.id()
                    + ": a spam complaint"));
        }
        return suppress(person.addressHash(), Suppression.COMPLAINED, "COMPLAINT", now);
    }

    private Outcome suppress(String addressHash, Suppression kind, String reason, Instant now) {
        if (!doNotContact.kinds(addressHash).contains(kind)) {
            doNotContact.add(addressHash, EnumSet.of(kind), reason, now);
            audit.fire(new Audited(ACTOR, "ADDRESS_SUPPRESSED", addressHash, PURPOSE, kind + ": " + reason));
        }
        return Outcome.SUPPRESSED;
    }

    /** Soft bounces of the person's mail within the window, this one included. */
    private long softBounces(String personId, Instant now) {
        return em.createQuery("select count(r) from MailReport r where r.personId = :person and r.severity = :soft"
                        + " and r.receivedAt > :since", Long.class)
                .setParameter("person", personId).setParameter("soft", Severity.SOFT)
                .setParameter("since", now.minus(Duration.ofDays(softDays))).getSingleResult();
    }

    /** The campaign's counters move in the database, beside its own updates (which never write them). */
    private void count(MailReport kept) {
        if (kept.campaignId() == null) {
            return;
        }
        String column = kept.report() == MailReport.Report.COMPLAINT ? "complained" : "bounced";
        em.createNativeQuery("update campaigns set " + column + " = " + column + " + 1 where id = ?1")
                .setParameter(1, kept.campaignId()).executeUpdate();
    }
}
