package com.psynergybilling.leads.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.TestDatabase;
import com.psynergybilling.leads.TestSecrets;
import com.psynergybilling.leads.Wiring;
import com.psynergybilling.leads.webhooks.entity.Events;
import com.psynergybilling.leads.webhooks.entity.WebhookDelivery;
import com.psynergybilling.leads.webhooks.entity.WebhookEndpoint;
import com.psynergybilling.leads.audit.control.AuditLog;
import com.psynergybilling.leads.audit.entity.Audited;
import com.psynergybilling.leads.mail.entity.OutboxMessage;
import com.psynergybilling.leads.people.control.DoNotContactList;
import com.psynergybilling.leads.people.control.PeopleData;
import com.psynergybilling.leads.people.control.PersonalData;
import com.psynergybilling.leads.people.entity.DataSubject;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.people.entity.Person;
import com.psynergybilling.leads.people.entity.Piece;
import com.psynergybilling.leads.people.entity.Pieces;
import com.psynergybilling.leads.people.entity.Submission;
import com.psynergybilling.leads.people.entity.SubmittedData;
import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.control.Secret;
import com.psynergybilling.leads.policy.control.PolicyBook;
import com.psynergybilling.leads.policy.control.TestPolicies;
import com.psynergybilling.leads.policy.entity.Permit;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.policy.entity.Uses;
import com.psynergybilling.leads.referrals.entity.Referral;
import com.psynergybilling.leads.referrals.entity.ReferredColleague;
import com.psynergybilling.leads.rights.entity.PrivacyRequest;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import com.psynergybilling.leads.rights.entity.Requester;
import com.psynergybilling.leads.sales.entity.DemoRequest;
import com.psynergybilling.leads.sales.entity.RequestType;
import com.psynergybilling.leads.sharing.control.Disclosures;
import com.psynergybilling.leads.sharing.control.Partners;
import com.psynergybilling.leads.sharing.entity.Disclosure;
import com.psynergybilling.leads.webinars.entity.Webinar;
import com.psynergybilling.leads.webinars.entity.WebinarRegistration;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract between the holders of personal data and the access report (R18), checked on every
 * real {@link PersonalData} implementation found on the class path (a holder added later is in it
 * without a change here) over the real schema: a person with data in every holder gets a report in
 * which every holder's pieces appear and every code they carry means something to the report.
 */
class AccessReportContractTest {

    static final Secret SECRET = TestSecrets.of("contract-test-secret");
    static final PolicyBook POLICIES = TestPolicies.bundled();
    static final EmailAddress PAT = EmailAddress.of("pat@example.com");
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    TestDatabase db;
    EntityManager em;
    Wiring wiring;

    @BeforeEach
    void open() {
        db = new TestDatabase();
        em = db.open();
        em.getTransaction().begin();
        wiring = new Wiring(em).with(PolicyBook.class, POLICIES).with(Secret.class, SECRET);
    }

    @AfterEach
    void close() {
        em.getTransaction().rollback();
        em.close();
        db.close();
    }

    @Test
    @DisplayName("R18, R15: every real holder's pieces reach the access report, disclosures named by recipient, "
            + "address, categories and date")
    void everyRealHolderFeedsTheReport() throws Exception {
        List<PersonalData> holders = realHolders();
        assertTrue(holders.size() >= 8, "people, sales, webinars, referrals, mail, audit, rights and sharing: " + holders);
        Person person = seedEverywhere();
        var subject = new DataSubject(PAT, hash(PAT), Optional.of(person.id()));
        Instant since = AccessReports.twelveMonthsBefore(NOW);
        Policy policy = POLICIES.current();

        int expected = 0;
        var disclosures = new ArrayList<Piece.Disclosed>();
        for (PersonalData holder : holders) {
            List<Piece> pieces = holder.export(subject, since);
            String name = holder.getClass().getSimpleName();
            assertFalse(pieces.isEmpty(), name + " exported nothing for a person with data in every holder: "
                    + "seed its data in seedEverywhere()");
            for (Piece piece : pieces) {
                readable(name, piece, policy);
                if (piece instanceof Piece.Disclosed disclosed) {
                    disclosures.add(disclosed);
                }
            }
            expected += pieces.size();
        }
        assertFalse(disclosures.isEmpty(), "the disclosure log's pieces are typed disclosures");

        var reports = new AccessReports();
        reports.policies = POLICIES;
        List<PersonalData> real = holders;
        reports.registry = new Registry() {
            @Override
            public List<PersonalData> holders() {
                return real;
            }
        };
        var report = reports.build(subject, NOW);

        assertEquals(expected, report.pieces());
        JsonObject document;
        try (var reader = Pieces.JSON.createReader(new StringReader(report.data().content()))) {
            document = reader.readObject();
        }
        assertEquals(expected, document.getJsonArray("pieces").size());
        var disclosed = document.getJsonArray("disclosures").getJsonObject(0);
        assertEquals("Acme Practice Consulting LLC", disclosed.getString("recipient"));
        assertEquals("100 Main Street\nAustin, TX 78701", disclosed.getString("recipientAddress"));
        assertEquals("BUSINESS_PARTNERS", disclosed.getString("recipientCategory"));
        var summary = report.summary();
        assertEquals("1, to these recipients:", summary.get("disclosures"), "never 'none' for a person who was exported");
        String day = com.psynergybilling.leads.platform.entity.Moments.DAY.format(NOW);
        assertEquals("- Acme Practice Consulting LLC (Business Partners), postal address: 100 Main Street, Austin, "
                + "TX 78701. What: Basic Identifiers. Why: With your consent. When: " + day + ".", summary.get("disclosedTo"));
        assertTrue(summary.get("recipients").contains("Business Partners"), summary.get("recipients"));
        for (String category : List.of("Basic Identifiers", "Professional Information", "User Content")) {
            assertTrue(summary.get("categories").contains(category), summary.get("categories"));
        }
        assertTrue(summary.get("sources").contains("Demo request") && summary.get("sources").contains("Privacy request"),
                summary.get("sources"));
    }

    @Test
    @DisplayName("R18: a piece the report could not read cannot be made")
    void unreadablePiecesCannotBeMade() {
        var acme = new Piece.Recipient("p1", "Acme", "BUSINESS_PARTNERS", Optional.empty());
        assertThrows(IllegalArgumentException.class,
                () -> new Piece.Disclosed("sharing", acme, List.of(), "WITH_CONSENT", "2024-06-30", NOW));
        assertThrows(NullPointerException.class,
                () -> new Piece.Disclosed("sharing", acme, List.of("BASIC_IDENTIFIERS"), "WITH_CONSENT", "2024-06-30", null));
        assertThrows(NullPointerException.class, () -> new Piece.Collected("people", "SUBMISSION", null, Map.of()));
        assertThrows(NullPointerException.class, () -> new Piece.Fact("people", "PERSON", null, Map.of()));
    }

    /** What the report turns into words must be codes the policy knows, and in the report's period. */
    static void readable(String holder, Piece piece, Policy policy) {
        String where = holder + " " + piece.kind();
        assertFalse(piece.holder().isBlank() || piece.kind().isBlank(), where + ": holder and kind");
        if (piece instanceof Piece.Collected collected) {
            var record = collected.collection();
            assertTrue(policy.form(record.sourceForm()).isPresent(), where + ": unknown source " + record.sourceForm());
            assertFalse(record.categories().isEmpty(), where + ": no categories");
            record.categories().forEach(c -> assertTrue(policy.categories().containsKey(c), where + ": category " + c));
            record.purposes().forEach(p -> assertTrue(policy.purposes().containsKey(p), where + ": purpose " + p));
            assertTrue(POLICIES.version(record.policyVersion()).isPresent(), where + ": version " + record.policyVersion());
        } else if (piece instanceof Piece.Disclosed disclosed) {
            assertTrue(policy.recipients().containsKey(disclosed.recipient().category()), where + ": recipient category");
            disclosed.categories().forEach(c -> assertTrue(policy.categories().containsKey(c), where + ": category " + c));
            assertTrue(policy.purposes().containsKey(disclosed.purpose()), where + ": purpose " + disclosed.purpose());
            assertFalse(disclosed.recipient().name().isBlank(), where + ": recipient name");
        }
        assertFalse(piece.toJson().getString("kind").isBlank(), where + ": the attachment names the kind");
    }

    List<PersonalData> realHolders() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.psynergybilling.leads");
        var holders = new ArrayList<PersonalData>();
        classes.stream().filter(t -> t.isAssignableTo(PersonalData.class)
                        && !t.getModifiers().contains(JavaModifier.ABSTRACT))
                .forEach(t -> holders.add((PersonalData) wiring.bean(t.reflect())));
        return holders;
    }

    /** A person with something in every holder: a demo request with consent, exported to a partner, and more. */
    Person seedEverywhere() {
        return seedEverywhere(Duration.ZERO);
    }

    /** A person with data in every holder, all of it collected {@code age} ago (events too). */
    Person seedEverywhere(Duration age) {
        Instant NOW = AccessReportContractTest.NOW.minus(age);
        var person = new Person(PAT, hash(PAT), NOW.minusSeconds(600));
        em.persist(person);
        person.submitted(true, false, NOW.minusSeconds(600));
        var data = new SubmittedData(PAT, "Pat Doe", "+1 555 0100", "Clinic", null, "Cardiology", 4, "Billing",
                "call me on Tuesdays", null, "203.0.113.9", "agent");
        var collection = POLICIES.current().collect("DEMO_REQUEST", data.presentFields(), true, NOW.minusSeconds(600));
        var submission = new Submission(person, data, true, collection);
        em.persist(submission);
        em.persist(new DemoRequest(submission, RequestType.DEMO));
        var webinar = new Webinar("Billing basics", NOW.plusSeconds(86_400), "marketing", NOW.minusSeconds(900));
        em.persist(webinar);
        em.persist(new WebinarRegistration(webinar, submission, NOW.minusSeconds(500)));
        var referral = new Referral(submission, NOW.minusSeconds(400), NOW.plusSeconds(86_400));
        em.persist(referral);
        em.persist(new ReferredColleague(referral, hash(PAT), "Pat Doe", PAT, POLICIES.current()
                .collect("REFERRAL_COLLEAGUE", List.of("name", "email"), false, NOW.minusSeconds(400))));
        em.persist(new PrivacyRequest(PrivacyRequestType.ACCESS, hash(PAT), new Requester(PAT, "Pat Doe", "CA", null,
                null, null, null, null), POLICIES.current().collect("PRIVACY_REQUEST", List.of("fullName", "email",
                "stateOfResidence"), false, NOW.minusSeconds(300)), NOW.minusSeconds(300)));
        em.persist(new OutboxMessage("contract:1", Uses.PRIVACY_REPLY, PAT.value(), "privacy-verification", "{}",
                "privacy-request:1", NOW.minusSeconds(300)));
        em.persist(new com.psynergybilling.leads.marketing.entity.MailReport("contract-2",
                com.psynergybilling.leads.marketing.entity.MailReport.Severity.SOFT, "4.2.2", null, person.id(),
                NOW.minusSeconds(250)));
        wiring.bean(AuditLog.class).append(new Audited("admin", "PARTNER_EXPORT", hash(PAT), "WITH_CONSENT", "test"));
        var partner = wiring.bean(Partners.class).create("Acme Practice Consulting LLC", "100 Main Street\nAustin, TX 78701",
                "admin", NOW.minusSeconds(200));
        var permit = (Permit) POLICIES.judge(Uses.PARTNER_EXPORT, collection);
        wiring.bean(Disclosures.class).record("export-1", partner, new Disclosure.Whose(person.id(), hash(PAT),
                submission.id()), permit, NOW.minusSeconds(100));
        // A CRM told of an opt-out (a fact); its deliveries of requests would be disclosures like the one above.
        var crm = new WebhookEndpoint("Our CRM", "https://crm.example.com/h", List.of(Events.RECEIVED), "whsec_AAAA",
                "admin", NOW.minusSeconds(900));
        em.persist(crm);
        em.persist(new WebhookDelivery(crm, Events.OPTED_OUT, "{}", new WebhookDelivery.About(person.id(), hash(PAT),
                null, null, null, null, "UNSUBSCRIBE"), NOW.minusSeconds(50)));
        em.flush();
        return person;
    }

    @Test
    @DisplayName("R18: data collected more than 12 months ago and still held is reported; older events are not")
    void heldDataIsReportedWhateverItsAge() throws Exception {
        Person person = seedEverywhere(Duration.ofDays(400));
        var subject = new DataSubject(PAT, hash(PAT), Optional.of(person.id()));
        Instant since = AccessReports.twelveMonthsBefore(NOW);
        var exported = new java.util.TreeMap<String, Integer>();
        for (PersonalData holder : realHolders()) {
            exported.put(holder.getClass().getSimpleName(), holder.export(subject, since).size());
        }
        // Stored data: the lead, its demo request, the registration, the referral data, the request, the queued mail.
        for (String holds : List.of("PeopleData", "SalesData", "WebinarData", "ReferralData", "RightsData", "OutboxData")) {
            assertTrue(exported.getOrDefault(holds, 0) > 0, holds + " left out data it still holds: " + exported);
        }
        // Events older than the period: a disclosure, a webhook notice and a mail report of 400 days ago.
        for (String logs : List.of("DisclosureLog", "WebhookData", "MailReportData")) {
            assertEquals(0, exported.getOrDefault(logs, -1), logs + " reported an event older than 12 months");
        }
        var pieces = realHolders().stream().flatMap(h -> h.export(subject, since).stream()).map(Piece::toJson)
                .map(Object::toString).toList();
        assertTrue(pieces.stream().anyMatch(p -> p.contains("\"SUBMISSION\"") && p.contains("call me on Tuesdays")),
                "the old submission's fields are in the report: " + pieces);
    }

    @Test
    @DisplayName("R18, R12: the report shows the do-not-contact list's entries for the address, and the person's "
            + "state as senders read it: an address barred by an imported suppression is unsubscribed")
    void theDoNotContactListIsReported() {
        Person person = seedEverywhere();
        wiring.bean(DoNotContactList.class).add(hash(PAT),
                EnumSet.of(Suppression.NO_PROMOTIONS), "IMPORT", NOW);
        em.flush();
        var subject = new DataSubject(PAT, hash(PAT), Optional.of(person.id()));
        var pieces = wiring.bean(PeopleData.class)
                .export(subject, AccessReports.twelveMonthsBefore(NOW)).stream().map(p -> p.toJson().toString()).toList();
        assertTrue(pieces.stream().anyMatch(p -> p.contains("\"DO_NOT_CONTACT\"") && p.contains("\"NO_PROMOTIONS\"")
                && p.contains("\"IMPORT\"")), pieces.toString());
        assertTrue(pieces.stream().anyMatch(p -> p.contains("\"PERSON\"") && p.contains("\"unsubscribed\":true")),
                pieces.toString());

        var stranger = EmailAddress.of("listed-only@example.com");
        wiring.bean(DoNotContactList.class).add(hash(stranger),
                EnumSet.of(Suppression.NO_SALE_OR_SHARING), "OPT_OUT_SALE", NOW);
        em.flush();
        var alone = wiring.bean(PeopleData.class)
                .export(new DataSubject(stranger, hash(stranger), Optional.empty()), AccessReports.twelveMonthsBefore(NOW));
        assertEquals(1, alone.size(), "an address we know only from the list gets its entry: " + alone);
    }

    @Test
    @DisplayName("R18, R20: records a legal hold restricted are reported as kept for the hold while it is in force, "
            + "and no longer once it is released (the retention then erases them)")
    void theHoldsClaimLastsAsLongAsTheHold() {
        Person person = seedEverywhere();
        wiring.bean(com.psynergybilling.leads.people.control.People.class).restrict(person, NOW);
        var hold = wiring.bean(LegalHolds.class).place(PAT, com.psynergybilling.leads.rights.entity.HoldReason.LITIGATION,
                "CASE-1", "officer", NOW);
        em.flush();
        em.clear(); // the report is read in a later transaction than the restriction's
        var subject = new DataSubject(PAT, hash(PAT), Optional.of(person.id()));
        assertTrue(keptUnderHold(subject) > 0, "held: the report says what the hold keeps");
        wiring.bean(LegalHolds.class).release(hold.id(), "officer", NOW);
        em.flush();
        assertEquals(0, keptUnderHold(subject), "released: the hold keeps nothing any more");
    }

    private long keptUnderHold(DataSubject subject) {
        return wiring.bean(PeopleData.class).export(subject, AccessReports.twelveMonthsBefore(NOW)).stream()
                .filter(p -> PeopleData.KEPT_UNDER_HOLD.equals(p.kind())).count();
    }

    static String hash(EmailAddress address) {
        return SECRET.keyedHash(address.value());
    }
}
