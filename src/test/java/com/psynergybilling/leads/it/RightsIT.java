package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.PersonalColumns;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Privacy requests from the form to the answer: verification, access, correction, deletion, appeals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RightsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

    static final Duration DELIVERY = Duration.ofSeconds(60);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    static Mailbox mailbox;

    Api api;
    /** One privacy officer for the class: each new staff user costs the service a slow password hash. */
    static String[] officer;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
        Tables.assertContactStatesKept();
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        if (officer == null) {
            String name = Api.unique("officer").toLowerCase();
            officer = Api.as(name, api.staff(name, "privacy"));
        }
    }

    @Test
    @DisplayName("R17: a known and an unknown address get the same answer, the same rows and the same letter")
    void knownAndUnknownAlike() {
        String known = Api.unique("known") + "@example.com";
        String unknown = Api.unique("unknown") + "@example.com";
        lead(known, "Kim Known");
        api.awaitDispatcherRounds(2, DELIVERY);
        var before = Tables.counts();
        var first = api.postJson("api/v1/privacy-requests", request("DELETE", known, "Kim Known", ""));
        mailbox.await(known, 1, DELIVERY);
        api.awaitDispatcherRounds(2, DELIVERY);
        var middle = Tables.counts();
        var second = api.postJson("api/v1/privacy-requests", request("DELETE", unknown, "Kim Known", ""));
        mailbox.await(unknown, 1, DELIVERY);
        api.awaitDispatcherRounds(2, DELIVERY);
        var after = Tables.counts();

        assertEquals(202, first.statusCode(), first.body());
        assertEquals(first.statusCode(), second.statusCode());
        assertEquals(Api.json(first).keySet(), Api.json(second).keySet());
        assertEquals("PENDING_VERIFICATION", Api.json(first).getString("status"));
        assertEquals(Api.json(first).getString("status"), Api.json(second).getString("status"));
        assertEquals(delta(before, middle), delta(middle, after), "the same rows, known or not");
        MimeMessage toKnown = mailbox.to(known).get(0);
        MimeMessage toUnknown = mailbox.to(unknown).get(0);
        assertEquals(Mailbox.header(toKnown, "Subject"), Mailbox.header(toUnknown, "Subject"));
        assertEquals(shape(Mailbox.part(toKnown, "text/plain"), Api.json(first).getString("id")),
                shape(Mailbox.part(toUnknown, "text/plain"), Api.json(second).getString("id")), "the same letter");

        var form = api.postForm("api/v1/privacy-requests", Api.fields("type", "ACCESS", "email", unknown,
                "fullName", "Kim Known"), "Accept", "text/html");
        assertEquals(303, form.statusCode(), "a plain HTML form works too");
    }

    @Test
    @DisplayName("R17, R18: opening the link changes nothing; its button verifies; the report goes by mail only")
    void accessReportAfterVerification() {
        String email = Api.unique("access") + "@example.com";
        lead(email, "Ada Access");
        var posted = api.postJson("api/v1/privacy-requests", request("ACCESS", email, "Ada Access", ""));
        String token = token(mailbox.await(email, 1, DELIVERY).get(0));
        var page = api.get("privacy-requests/verify?token=" + token);
        assertTrue(page.body().contains("value=\"" + token + "\""), "the page's button carries the token");
        String id = Api.json(posted).getString("id");
        assertEquals("PENDING_VERIFICATION", status(id), "a GET (a mail scanner) verifies nothing");

        var verified = api.postJson("api/v1/privacy-requests/verify", "{\"token\":\"" + token + "\"}");
        assertEquals(202, verified.statusCode(), verified.body());
        assertFalse(verified.body().contains(email) || verified.body().contains("Ada"), "no data in the answer");
        var report = report(email, 1);
        assertReport(report, email);
        assertEquals(202, api.postJson("api/v1/privacy-requests/verify", "{\"token\":\"" + token + "\"}").statusCode(),
                "a second use answers alike");
        api.awaitDispatcherRounds(3, DELIVERY);
        assertEquals(1, reports(email).size(), "and does nothing twice");
        assertEquals("FULFILLED", status(id));
    }

    @Test
    @DisplayName("R17, R18 in Chromium: the link from the mail, its button, then the report")
    void accessInTheBrowser() {
        Assumptions.assumeTrue(Browser.installed(), Browser.MISSING);
        String email = Api.unique("browser") + "@example.com";
        lead(email, "Bea Browser");
        api.postJson("api/v1/privacy-requests", request("ACCESS", email, "Bea Browser", ""));
        var letter = mailbox.await(email, 1, DELIVERY).get(0);
        String link = Mailbox.links(Mailbox.part(letter, "text/html")).stream()
                .filter(l -> l.contains("/privacy-requests/verify?token=")).findFirst().orElseThrow();
        assertTrue(link.startsWith("http://leads.test/privacy-requests/verify?token="), link);
        try (var browser = Browser.start("leads.test", api.uri("/").getPort())) {
            var driver = browser.driver();
            driver.get(link);
            driver.findElement(By.id("confirm")).click();
            Mailbox.until(DELIVERY, () -> driver.getCurrentUrl().endsWith("/privacy-requests/verified"),
                    "the confirmation page");
            assertTrue(driver.getPageSource().contains("Your request is confirmed"));
        }
        assertReport(report(email, 1), email);
    }

    @Test
    @DisplayName("R18: a third access request in 12 months is denied, citing the limit")
    void thirdAccessDenied() {
        String email = Api.unique("thrice") + "@example.com";
        lead(email, "Tom Thrice");
        for (int i = 1; i <= 3; i++) {
            api.postJson("api/v1/privacy-requests", request("ACCESS", email, "Tom Thrice", ""));
            var letters = mailbox.await(email, 3 * (i - 1) + 1, DELIVERY);
            verify(token(letters.get(letters.size() - 1)));
            mailbox.await(email, i < 3 ? 3 * i : 3 * i - 1, DELIVERY);
        }
        assertEquals(2, reports(email).size(), "two reports");
        var denial = decisions(email).get(2);
        String text = Mailbox.part(denial, "text/plain");
        assertTrue(text.contains("We cannot do so") && text.contains("two access reports in any 12 months"), text);
    }

    @Test
    @DisplayName("R20, R26: deletion leaves no trace of the person in any table but the keyed hash; audited; chain intact")
    void deletionLeavesNoTrace() {
        String email = Api.unique("erase") + "@example.com";
        String name = PublicIntakeIT.uniqueName("Erin");
        String phone = "+1 555 " + (1000 + (int) (Math.random() * 8999));
        lead(email, name, phone);
        String marketer = Api.unique("marketer").toLowerCase();
        String[] asMarketing = Api.as(marketer, api.staff(marketer, "marketing"));
        var webinar = api.postJson("api/v1/webinars", "{\"title\":\"Claims " + Api.unique("w") + "\",\"startsAt\":\""
                + Instant.now().plus(Duration.ofDays(9)) + "\"}", asMarketing);
        assertEquals(201, webinar.statusCode(), webinar.body());
        assertEquals(201, api.postJson("api/v1/webinar-registrations", "{\"webinarId\":\"" + Api.json(webinar)
                .getString("id") + "\",\"fullName\":\"" + name + "\",\"email\":\"" + email
                + "\",\"organization\":\"Org " + name + "\",\"ageConfirmed\":true}").statusCode());
        assertEquals(202, api.postJson("api/v1/referrals", PublicIntakeIT.referral(email, Api.unique("c") + "@example.com")
                .replace("Dr. Jane Doe", name)).statusCode());
        assertEquals(202, api.postJson("api/v1/referrals", PublicIntakeIT.referral(Api.unique("r") + "@example.com", email))
                .statusCode(), "the person is a referred colleague too");
        mailbox.await(email, 2, DELIVERY);
        assertFalse(Tables.holding(email).isEmpty(), "held before");
        String personId = Tables.value("select id from people where email = ?", email);
        String hash = Tables.value("select address_hash from people where email = ?", email);
        Mailbox.until(DELIVERY, () -> !auditOf(email).isEmpty(), "the log knows the person before");
        String kept = Api.json(api.get("api/v1/audit/checkpoint", officer)).getString("checkpoint");

        String id = Api.json(api.postJson("api/v1/privacy-requests", request("DELETE", email, name, ""))).getString("id");
        verify(token(mailbox.await(email, 3, DELIVERY).get(2)));
        Mailbox.until(DELIVERY, () -> decisions(email).size() == 1, "the decision");
        assertTrue(Mailbox.part(decisions(email).get(0), "text/plain").contains("We have done so"));
        api.awaitDispatcherRounds(3, DELIVERY);
        for (String trace : List.of(email, name, phone, "Org " + name)) {
            assertEquals(List.of(), Tables.holding(trace), trace + " is nowhere");
        }
        assertNotNull(Tables.value("select erased_at from people where address_hash is null and email is null"
                + " and id = ?", personId), "the person is a tombstone, with no address and no hash");
        assertEquals("1", Tables.value("select count(*) from audit_entries where action = 'PERSONAL_DATA_ERASED'"
                + " and subject is null and detail like ?", "privacy-request " + id + ":%"), "audited as nobody's");
        assertNothingLinks(hash, email, name, phone, "Org " + name);
        var chain = Api.json(api.get("api/v1/audit/chain?checkpoint=" + kept, officer));
        assertTrue(chain.getBoolean("intact"), chain.toString());
        assertEquals("MATCHED", chain.getString("checkpoint"), "the checkpoint kept before the erasure still holds");
    }

    @Test
    @DisplayName("R20, R26: after a fulfilled deletion the audit search finds nothing of the address, the request "
            + "list keeps type, dates and outcome but no requester, and the chain still verifies")
    void erasureForgetsTheSubjectEverywhereStaffCanAsk() {
        String email = Api.unique("forget") + "@example.com";
        lead(email, "Fern Forget");
        String hash = Tables.value("select address_hash from people where email = ?", email);
        String id = Api.json(api.postJson("api/v1/privacy-requests", request("DELETE", email, "Fern Forget", "")))
                .getString("id");
        var listed = requestInList(id);
        assertEquals(email, listed.getString("email"), "the officer sees who asked while the request is open");
        verify(token(mailbox.await(email, 1, DELIVERY).get(0)));
        Mailbox.until(DELIVERY, () -> decisions(email).size() == 1, "the decision");
        api.awaitDispatcherRounds(3, DELIVERY);

        assertEquals(List.of(), auditOf(email), "nothing in the log leads back to the address");
        assertEquals(List.of(), auditOf(email), "and the first search did not write it back");
        var record = requestInList(id);
        assertEquals("DELETE", record.getString("type"));
        assertEquals("FULFILLED", record.getString("status"));
        assertEquals("FULFILLED", record.getString("outcome"));
        assertNotNull(record.getString("receivedAt"));
        assertNotNull(record.getString("decidedAt"));
        for (String who : List.of("email", "fullName", "stateOfResidence", "agentName", "agentEmail", "corrections")) {
            assertTrue(!record.containsKey(who) || record.isNull(who), who + " is gone: " + record);
        }
        assertEquals("1", Tables.value("select count(*) from privacy_requests where address_hash is null"
                + " and decision_message is null and id = ?", id), "no hash, no officer's words kept");
        assertNothingLinks(hash, email, "Fern Forget");
        var chain = Api.json(api.get("api/v1/audit/chain", officer));
        assertTrue(chain.getBoolean("intact"), chain.toString());
        assertTrue(chain.getJsonObject("head").getString("checkpoint").matches("[0-9]+:[0-9a-f]{64}"), chain.toString());
        assertEquals(400, api.get("api/v1/audit/chain?checkpoint=12", officer).statusCode());
    }

    /** The audit search by address, as the privacy officer gets it. */
    List<?> auditOf(String email) {
        var page = api.get("api/v1/audit?limit=200&subjectEmail=" + email, officer);
        assertEquals(200, page.statusCode(), page.body());
        return Api.json(page).getJsonArray("items");
    }

    /** A request as the privacy officer's list shows it. */
    JsonObject requestInList(String id) {
        var list = api.get("api/v1/privacy-requests?limit=500", officer);
        assertEquals(200, list.statusCode(), list.body());
        return Api.parse(list.body()).asJsonArray().stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /**
     * R20 against the live schema: no personal column holds a trace, no linkable column holds the
     * keyed hash, and the hash is left only where an opt-out is honoured (kept hashes).
     */
    static void assertNothingLinks(String hash, String... traces) {
        var kinds = PersonalColumns.ALL;
        for (String trace : traces) {
            for (String column : Tables.holding(trace)) {
                assertEquals(PersonalColumns.Kind.NONE, kinds.getOrDefault(column, PersonalColumns.Kind.NONE),
                        trace + " is still in " + column);
            }
        }
        for (var column : PersonalColumns.of(PersonalColumns.Kind.LINKABLE).keySet()) {
            String[] parts = column.split("\\.");
            assertEquals("0", Tables.value("select count(*) from " + parts[0] + " where cast(" + parts[1]
                    + " as varchar(400)) = ?", hash), column + " still holds the keyed hash");
        }
        for (String column : Tables.holding(hash)) {
            assertEquals(PersonalColumns.Kind.KEPT_HASH, kinds.get(column), "the keyed hash is left in " + column);
        }
        assertEquals("0", Tables.value("select count(*) from audit_entries where subject is null"
                + " and subject_salt is not null and actor <> ?", ""), "no forgotten entry keeps its salt");
    }

    @Test
    @DisplayName("R20: a legal hold blocks deletion and the denial names the exception; what it keeps serves the hold "
            + "alone (no sales, export or promotion; the access report says so), a later form is new; released, "
            + "deletion goes ahead")
    void legalHoldBlocksDeletion() {
        Instant since = Instant.now().minusSeconds(60);
        String email = Api.unique("held") + "@example.com";
        lead(email, "Hal Held");
        String promotable = "select count(*) from contact_states c join people p on p.id = c.person_id"
                + " where p.email = ? and c.promotable = true";
        assertEquals("1", Tables.value(promotable, email), "before the hold, the lead may be sent promotions");
        assertEquals(400, api.postJson("api/v1/legal-holds", "{\"email\":\"" + email
                + "\",\"reason\":\"Hal Held sued us\",\"reference\":\"LIT-17\"}", officer).statusCode(), "a code, not words");
        assertEquals(400, api.postJson("api/v1/legal-holds", "{\"email\":\"" + email
                + "\",\"reason\":\"LITIGATION\",\"reference\":\"Hal Held v. Us\"}", officer).statusCode(),
                "a reference, not words");
        var hold = api.postJson("api/v1/legal-holds", "{\"email\":\"" + email
                + "\",\"reason\":\"LITIGATION\",\"reference\":\"LIT-2026-17\"}", officer);
        assertEquals(201, hold.statusCode(), hold.body());
        String holdId = Api.json(hold).getString("id");
        String hash = Tables.value("select address_hash from people where email = ?", email);
        assertEquals(hash, Tables.value("select address_hash from legal_holds where id = ?", holdId),
                "while held, the hold knows the keyed hash: the recorded exception");
        api.postJson("api/v1/privacy-requests", request("DELETE", email, "Hal Held", ""));
        verify(token(mailbox.await(email, 1, DELIVERY).get(0)));
        Mailbox.until(DELIVERY, () -> decisions(email).size() == 1, "the denial");
        String text = Mailbox.part(decisions(email).get(0), "text/plain");
        assertTrue(text.contains("We cannot do so") && text.contains("LEGAL_OBLIGATION"), text);
        assertFalse(Tables.holding(email).isEmpty(), "the data stays while held");

        // Kept for the hold alone: nobody uses it for anything else from now on.
        String seller = Api.unique("seller").toLowerCase();
        String[] sales = Api.as(seller, api.staff(seller, "sales"));
        String kept = Tables.value("select s.id from submissions s join people p on p.id = s.person_id"
                + " where p.email = ?", email);
        assertEquals(403, api.get("api/v1/demo-requests/" + kept, sales).statusCode(), "sales may not open it");
        assertEquals(List.of(), api.demoRequestsOf(email, since, sales), "nor list it");
        assertEquals("0", Tables.value(promotable, email), "no promotion counts it");
        exportAll(partner(Api.unique("Hold Partners"), null));
        assertEquals("0", Tables.value("select count(*) from disclosures where address_hash = ?", hash),
                "no export takes it, consent or not");
        api.postJson("api/v1/privacy-requests", request("ACCESS", email, "Hal Held", ""));
        verify(token(verification(email, 2)));
        String report = text(report(email, 1)).replaceAll("\\s+", " ");
        assertTrue(report.contains("A legal hold kept 1 of these records from deletion: we keep them only to comply "
                + "with that legal obligation, and use them for nothing else."), report);
        lead(email, "Hal Held");
        assertEquals(1, api.demoRequestsOf(email, since, sales).size(), "a form sent after the denial is a new record");

        assertEquals(204, api.send(api.request("api/v1/legal-holds/" + Api.json(hold).getString("id"))
                .header("Authorization", officer[1]).DELETE()).statusCode());
        api.postJson("api/v1/privacy-requests", request("DELETE", email, "Hal Held", ""));
        verify(token(verification(email, 3)));
        Mailbox.until(DELIVERY, () -> decisions(email).size() == 2, "the second decision");
        api.awaitDispatcherRounds(3, DELIVERY);
        assertEquals(List.of(), Tables.holding(email));
        assertEquals("1", Tables.value("select count(*) from legal_holds where address_hash is null and reference is null"
                + " and reason_code = 'LITIGATION' and released_at is not null and id = ?", holdId),
                "released and erased, the hold keeps its code and dates, not the link");
        assertNothingLinks(hash, email, "Hal Held");
    }

    /** Places a hold on {@code email} and has its owner's deletion request denied by it: the records are restricted. */
    private void heldAndDenied(String email, String name) {
        assertEquals(201, api.postJson("api/v1/legal-holds", "{\"email\":\"" + email
                + "\",\"reason\":\"LITIGATION\",\"reference\":\"LIT-2026-8\"}", officer).statusCode());
        int before = decisions(email).size();
        api.postJson("api/v1/privacy-requests", request("DELETE", email, name, ""));
        verify(token(verification(email, withSubject(email, "Confirm your privacy request").size() + 1)));
        Mailbox.until(DELIVERY, () -> decisions(email).size() == before + 1, "the denial");
    }

    @Test
    @DisplayName("R8, R7, R20: nothing goes out in the name of a referrer whose deletion a legal hold denied (the "
            + "referral is kept, its link refused), and a held person waiting as a colleague is never invited")
    void aHoldsRestrictionStopsReferrals() {
        String referrer = Api.unique("held-referrer") + "@example.com";
        String colleague = Api.unique("colleague") + "@example.com";
        assertEquals(202, api.postJson("api/v1/referrals", PublicIntakeIT.referral(referrer, colleague)).statusCode());
        String link = PublicIntakeIT.confirmToken(mailbox.await(referrer, 1, DELIVERY).get(0));
        heldAndDenied(referrer, "Dr. Jane Doe");
        var refused = api.postJson("api/v1/referral-confirmations", "{\"token\":\"" + link + "\"}");
        assertEquals(410, refused.statusCode(), refused.body());
        assertEquals("1", Tables.value("select count(*) from referrals r join submissions s on s.id = r.referrer_submission_id"
                + " join people p on p.id = s.person_id where p.email = ? and r.confirmed_at is null", referrer),
                "the referral is kept, unconfirmed");

        String held = Api.unique("held-colleague") + "@example.com";
        lead(held, "Hal Held");
        String other = Api.unique("referrer") + "@example.com";
        assertEquals(202, api.postJson("api/v1/referrals", PublicIntakeIT.referral(other, held)).statusCode());
        String otherLink = PublicIntakeIT.confirmToken(mailbox.await(other, 1, DELIVERY).get(0));
        heldAndDenied(held, "Hal Held");
        int mailToHeld = mailbox.to(held).size();
        var confirmed = api.postJson("api/v1/referral-confirmations", "{\"token\":\"" + otherLink + "\"}");
        assertEquals(202, confirmed.statusCode(), confirmed.body());
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(mailToHeld, mailbox.to(held).size(), "no invitation to the held person");
        assertEquals(0, mailbox.to(colleague).size(), "nor to the held referrer's colleague");
    }

    @Test
    @DisplayName("R27, R20, R23: the retention erases a lead whose last activity is just outside the window, keeps "
            + "one just inside, one under a legal hold (its records restricted to the hold, once), and one whose agent "
            + "request still waits for the officer until it is answered")
    void leadRetention() {
        String inside = Api.unique("inside") + "@example.com";
        String outside = Api.unique("outside") + "@example.com";
        String held = Api.unique("kept") + "@example.com";
        lead(inside, "Ike Inside");
        lead(outside, "Otto Outside");
        lead(held, "Hedy Held");
        assertEquals(201, api.postJson("api/v1/legal-holds", "{\"email\":\"" + held + "\",\"reason\":\"LITIGATION\",\"reference\":\"AUDIT-9\"}",
                officer).statusCode());
        String id = Api.json(api.postJson("api/v1/privacy-requests", request("ACCESS", outside, "Otto O'Side & Sons",
                byAgent("CO", "Otto")))).getString("id");
        verify(token(verification(outside, 1)));
        assertEquals("AWAITING_DECISION", status(id), "the agent's request waits for the officer");

        String personId = Tables.value("select id from people where email = ?", outside);
        long runs = retentionRuns();
        var window = ZonedDateTime.now(ZoneOffset.UTC).minusMonths(24);
        lastActivity(inside, window.plusDays(1));
        lastActivity(held, window.minusDays(1));
        lastActivity(outside, window.minusDays(1));
        Mailbox.until(DELIVERY, () -> retentionRuns() >= runs + 2, "two lead retention runs");
        assertEquals(outside, Tables.value("select email from people where email = ? and erased_at is null", outside),
                "its request still waits for an answer: kept, not answered by an erasure days after it was made");
        assertEquals("AWAITING_DECISION", status(id));
        assertEquals(inside, Tables.value("select email from people where email = ? and erased_at is null", inside),
                "just inside the window: kept");
        assertEquals(held, Tables.value("select email from people where email = ? and erased_at is null", held),
                "under a legal hold: kept");
        assertEquals("0", recordsInUse(held), "R20: kept for the hold alone");
        String heldHash = Tables.value("select address_hash from people where email = ?", held);

        // Answered, the request no longer keeps the lead: the next runs erase it, as retention, with no closing letter.
        String before = Tables.value("select coalesce(max(seq), 0) from audit_entries where action <> ?", "");
        assertEquals(200, api.postJson("api/v1/privacy-requests/" + id + "/decision", "{\"outcome\":\"FULFILLED\"}",
                officer).statusCode());
        long answered = retentionRuns();
        Mailbox.until(DELIVERY, () -> retentionRuns() >= answered + 2, "two more lead retention runs");
        assertNotNull(Tables.value("select erased_at from people where email is null and id = ?", personId), "erased");
        assertEquals("1", Tables.value("select count(*) from audit_entries where action = 'ERASURE_HELD'"
                + " and subject = ?", heldHash), "a held lead is handed to the erasure once, not on every run");
        // The erasure's own entry names nobody (R20), so it is found by its place in the log.
        assertNotEquals("0", auditedSince("RETENTION_ERASED", before), "audited as retention");
        assertEquals("0", auditedSince("PERSONAL_DATA_ERASED", before), "not as a deletion request");
        assertTrue(withSubject(outside, "Your privacy request: closed").isEmpty(), "an answered request is not closed again");
        api.awaitDispatcherRounds(3, DELIVERY);
        for (String trace : List.of(outside, "Otto Outside", "O'Side")) {
            assertEquals(List.of(), Tables.holding(trace), trace + " is nowhere, the sent letters included");
        }
    }

    /** Moves the making of the lead at {@code email} and every submission and sales change of it to {@code at}. */
    static void lastActivity(String email, ZonedDateTime at) {
        String moment = "timestamp with time zone '" + at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                + "+00'";
        String theirs = "(select s.id from submissions s join people p on p.id = s.person_id where p.email = ?)";
        Tables.update("update demo_requests set received_at = " + moment + ", updated_at = " + moment
                + " where id in " + theirs, email);
        Tables.update("update submissions set collected_at = " + moment + " where id in " + theirs, email);
        Tables.update("update people set created_at = " + moment + " where email = ?", email);
    }

    /** Completed lead retention runs (R27) on the node, from /metrics. */
    long retentionRuns() {
        String metrics = api.get("metrics", "Accept", "text/plain", "Authorization", "Bearer it-metrics-token-0123456789").body();
        var matcher = java.util.regex.Pattern.compile("(?m)^leads_lead_retention_runs(?:_total)?\\{[^}]*\\} ([0-9.Ee+]+)")
                .matcher(metrics);
        assertTrue(matcher.find(), metrics);
        return (long) Double.parseDouble(matcher.group(1));
    }

    @Test
    @DisplayName("R19, R26: a verified correction changes the held Basic Identifiers and Professional Information, audited")
    void correction() {
        String email = Api.unique("fix") + "@example.com";
        lead(email, "Cy Correct");
        String id = Api.json(api.postJson("api/v1/privacy-requests", request("CORRECT", email, "Cy Correct",
                ",\"corrections\":{\"fullName\":\"Cy Corrected\",\"organization\":\"New Org\",\"practiceSpecialty\":"
                        + "\"Oncology\"}"))).getString("id");
        verify(token(mailbox.await(email, 1, DELIVERY).get(0)));
        Mailbox.until(DELIVERY, () -> decisions(email).size() == 1, "the decision");
        assertEquals("FULFILLED", status(id));
        assertEquals("New Org", Tables.value("select s.organization from submissions s join people p on p.id = "
                + "s.person_id where p.email = ?", email));
        assertEquals("Cy Corrected", Tables.value("select s.full_name from submissions s join people p on p.id = "
                + "s.person_id where p.email = ?", email));
        assertEquals("Oncology", Tables.value("select s.practice_specialty from submissions s join people p on p.id = "
                + "s.person_id where p.email = ?", email));
        assertEquals("1", audited("PERSONAL_DATA_CORRECTED", id));
        var bad = api.postJson("api/v1/privacy-requests", request("CORRECT", email, "Cy Correct", ""));
        assertEquals(400, bad.statusCode(), "a correction needs corrections");
    }

    @Test
    @DisplayName("R21, R16: withdrawing consent and opting out take effect at once; limit-sensitive answers truthfully")
    void consentAndOptOuts() {
        String email = Api.unique("withdraw") + "@example.com";
        lead(email, "Wes Withdraw");
        assertEquals("TRUE", Tables.value("select upper(cast(partner_consent as varchar(5))) from people where email = ?",
                email));
        api.postJson("api/v1/privacy-requests", request("WITHDRAW_CONSENT", email, "Wes Withdraw", ""));
        verify(token(mailbox.await(email, 1, DELIVERY).get(0)));
        assertEquals("FALSE", Tables.value("select upper(cast(partner_consent as varchar(5))) from people where email = ?",
                email), "partner sharing stops at once");
        assertNotNull(Tables.value("select unsubscribed_at from people where email = ?", email), "promotions stop at once");
        assertEquals("WITHDRAW_CONSENT", Tables.value("select d.reason from do_not_contact d join people p on "
                + "p.address_hash = d.address_hash where p.email = ?", email));

        api.postJson("api/v1/privacy-requests", request("OPT_OUT_SALE_SHARING", email, "Wes Withdraw", ""));
        verify(token(verification(email, 2)));
        assertEquals("TRUE", Tables.value("select upper(cast(sale_sharing_opt_out as varchar(5))) from people "
                + "where email = ?", email));

        api.postJson("api/v1/privacy-requests", request("LIMIT_SENSITIVE", email, "Wes Withdraw", ""));
        verify(token(verification(email, 3)));
        Mailbox.until(DELIVERY, () -> decisions(email).size() == 3, "the third decision");
        assertTrue(Mailbox.part(decisions(email).get(2), "text/plain").contains("never collect sensitive personal"));
    }

    @Test
    @DisplayName("R5, R16: an opt-out of sale and sharing from an address not yet known binds the forms it sends later, "
            + "consent or not")
    void anOptOutFromAStrangerBindsLaterForms() {
        String email = Api.unique("stranger") + "@example.com";
        api.postJson("api/v1/privacy-requests", request("OPT_OUT_SALE_SHARING", email, "Sue Stranger", ""));
        verify(token(mailbox.await(email, 1, DELIVERY).get(0)));
        assertEquals("0", Tables.value("select count(*) from people where email = ?", email), "not known when it came");
        lead(email, "Sue Stranger");
        assertEquals("NO_SALE_OR_SHARING", Tables.value("select d.kind from do_not_contact d join people p on"
                + " p.address_hash = d.address_hash where p.email = ?", email), "barred from sale and sharing only");
        assertEquals("TRUE", Tables.value("select upper(cast(sale_sharing_opt_out as varchar(5))) from people"
                + " where email = ?", email), "the person's own record says so too");
        var partner = api.postJson("api/v1/partners", "{\"name\":\"" + Api.unique("Partner") + "\"}", Api.admin());
        assertEquals(201, partner.statusCode(), partner.body());
        String exports = "api/v1/partners/" + Api.json(partner).getString("id") + "/exports?limit=1000";
        String cursor = null;
        do {
            var answer = api.send(api.request(exports + (cursor == null ? "" : "&cursor=" + cursor))
                    .headers(Api.admin()).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, answer.statusCode(), answer.body());
            assertFalse(answer.body().contains(email), "the later form's consent does not undo the opt-out");
            cursor = Api.json(answer).getString("nextCursor", null);
        } while (cursor != null);
    }

    @Test
    @DisplayName("R20, R22: an officer who denies a deletion under the legal-obligation exception restricts the "
            + "records to that obligation, as a hold does")
    void aDeletionDeniedForALegalObligationRestrictsTheRecords() {
        String email = Api.unique("denied") + "@example.com";
        lead(email, "Dee Nied");
        String id = Api.json(api.postJson("api/v1/privacy-requests", request("DELETE", email, "Dee Nied",
                byAgent("CA", "Dee")))).getString("id");
        verify(token(verification(email, 1)));
        assertEquals("AWAITING_DECISION", status(id), "an agent's request waits for the officer");
        assertEquals("1", recordsInUse(email));
        var denied = api.postJson("api/v1/privacy-requests/" + id + "/decision", "{\"outcome\":\"DENIED\","
                + "\"exception\":\"LEGAL_OBLIGATION\",\"message\":\"A tax audit needs it.\"}", officer);
        assertEquals(200, denied.statusCode(), denied.body());
        assertEquals("0", recordsInUse(email), "kept for the obligation alone");
    }

    @Test
    @DisplayName("R22, R23: an agent's request waits for the officer; a CO resident appeals with the mailed token, "
            + "with its own deadline; clocks, one extension with notice")
    void agentsAppealsAndClocks() {
        String email = Api.unique("agent") + "@example.com";
        lead(email, "Ann Agented");
        String agent = byAgent("CO", "Ann");
        var refused = api.postJson("api/v1/privacy-requests", request("ACCESS", email, "Ann Agented",
                agent.replace("CO", "VA")));
        assertEquals(400, refused.statusCode(), "agents are for CA, CO and CT residents");
        String id = Api.json(api.postJson("api/v1/privacy-requests", request("ACCESS", email, "Ann Agented", agent)))
                .getString("id");
        assertTrue(mailbox.to("helpers@example.org").isEmpty(), "the link goes to the person, not the agent");

        var listed = listed(id, "");
        Instant received = Instant.parse(listed.getString("receivedAt"));
        assertEquals(received.plus(Duration.ofDays(45)), Instant.parse(listed.getString("dueAt")));
        Instant confirmBy = Instant.parse(listed.getString("confirmBy"));
        assertTrue(confirmBy.isAfter(received.plus(Duration.ofDays(11))) && confirmBy.isBefore(received.plus(
                Duration.ofDays(15))), "10 business days are 12 to 14 calendar days: " + confirmBy);
        assertFalse(listed.getBoolean("overdue"));
        var extended = api.postJson("api/v1/privacy-requests/" + id + "/extension", "{\"reason\":\"Archive\"}", officer);
        assertEquals(200, extended.statusCode(), extended.body());
        assertEquals(received.plus(Duration.ofDays(90)), Instant.parse(Api.json(extended).getString("dueAt")));
        assertEquals(409, api.postJson("api/v1/privacy-requests/" + id + "/extension", "{\"reason\":\"Again\"}",
                officer).statusCode(), "once only");
        Mailbox.until(DELIVERY, () -> !withSubject(email, "Your privacy request: we need more time").isEmpty(),
                "the extension notice");

        verify(token(verification(email, 1)));
        assertEquals("AWAITING_DECISION", status(id), "the officer checks the agent's permission first");
        assertTrue(listed(id, "?status=AWAITING_DECISION&type=ACCESS&overdue=false").getBoolean("extended"));
        var denied = api.postJson("api/v1/privacy-requests/" + id + "/decision",
                "{\"outcome\":\"DENIED\",\"message\":\"The permission is not signed.\"}", officer);
        assertEquals(200, denied.statusCode(), denied.body());
        Mailbox.until(DELIVERY, () -> decisions(email).size() == 1, "the decision");
        String text = Mailbox.part(decisions(email).get(0), "text/plain");
        assertTrue(text.contains("You may appeal") && text.contains("The permission is not signed."), text);
        String appealToken = text.substring(text.indexOf("quoting it:") + 11).strip().split("\\s+")[0];
        var appealed = api.postJson("api/v1/privacy-requests/appeals", "{\"token\":\"" + appealToken
                + "\",\"reason\":\"It is signed.\"}");
        assertEquals(202, appealed.statusCode(), appealed.body());
        var appeal = listed(id, "?status=APPEALED");
        assertEquals(Instant.parse(appeal.getString("appealedAt")).plus(Duration.ofDays(45)),
                Instant.parse(appeal.getString("appealDueAt")), "Colorado: 45 days");
        assertEquals(409, api.postJson("api/v1/privacy-requests/appeals", "{\"token\":\"" + appealToken
                + "\",\"reason\":\"Again\"}").statusCode(), "one appeal");
        assertEquals(200, api.postJson("api/v1/privacy-requests/" + id + "/decision", "{\"outcome\":\"FULFILLED\"}",
                officer).statusCode());
        assertReport(report(email, 1), email);
        assertEquals("APPEAL_FULFILLED", status(id));
        assertEquals(403, api.get("api/v1/privacy-requests", Api.admin()).statusCode(), "the privacy officer's list");
    }

    @Test
    @DisplayName("R24, R4: a provider site's data is pointed to the provider; a minor's data goes at once, the hash stays; "
            + "Shine the Light waits for the disclosure log")
    void providersMinorsAndShineTheLight() {
        String visitor = Api.unique("patient") + "@example.com";
        api.postJson("api/v1/privacy-requests", request("DELETE", visitor, "Pia Patient",
                ",\"providerSite\":\"Springfield Family Practice\""));
        verify(token(mailbox.await(visitor, 1, DELIVERY).get(0)));
        Mailbox.until(DELIVERY, () -> decisions(visitor).size() == 1, "the answer");
        String answer = Mailbox.part(decisions(visitor).get(0), "text/plain");
        assertTrue(answer.contains("send your request to Springfield Family Practice"), answer);
        assertFalse(answer.contains("We have done so") || answer.contains("We cannot do so"), answer);

        String minor = Api.unique("minor") + "@example.com";
        lead(minor, "Max Minor");
        String hash = Tables.value("select address_hash from people where email = ?", minor);
        String personId = Tables.value("select id from people where email = ?", minor);
        var reported = api.postJson("api/v1/minor-reports", "{\"email\":\"" + minor + "\"}", officer);
        assertEquals(200, reported.statusCode(), reported.body());
        assertTrue(Api.json(reported).getBoolean("erased"));
        assertEquals(List.of(), Tables.holding(minor), "deleted at once");
        assertEquals(List.of(), Tables.holding("Max Minor"));
        assertEquals("MINOR", Tables.value("select reason from do_not_contact where address_hash = ?", hash));
        assertEquals("1", Tables.value("select count(*) from people where minor = true and erased_at is not null"
                + " and address_hash is null and email is null and id = ?", personId),
                "the tombstone says minor, so no audience counts them in, and holds no address or hash");

        // Under a legal hold the minor's data stays, and nobody may use it: sales neither lists nor opens it.
        String heldMinor = Api.unique("held-minor") + "@example.com";
        lead(heldMinor, "Mina Kept");
        String request = Tables.value("select s.id from submissions s join people p on p.id = s.person_id"
                + " where p.email = ?", heldMinor);
        assertEquals(201, api.postJson("api/v1/legal-holds", "{\"email\":\"" + heldMinor
                + "\",\"reason\":\"LITIGATION\",\"reference\":\"CASE-4\"}", officer).statusCode());
        var keptMinor = api.postJson("api/v1/minor-reports", "{\"email\":\"" + heldMinor + "\"}", officer);
        assertEquals(200, keptMinor.statusCode(), keptMinor.body());
        assertFalse(Api.json(keptMinor).getBoolean("erased"), keptMinor.body());
        String seller = Api.unique("seller").toLowerCase();
        String[] sales = Api.as(seller, api.staff(seller, "sales"));
        assertEquals(403, api.get("api/v1/demo-requests/" + request, sales).statusCode(), "R4: kept, never used");
        assertFalse(api.get("api/v1/demo-requests?limit=100", sales).body().contains(request), "nor listed");
    }

    @Test
    @DisplayName("R15: a Shine the Light request is answered from the disclosure log: last year's categories and "
            + "third parties by name and postal address")
    void shineTheLight() {
        String curious = Api.unique("stl") + "@example.com";
        var posted = api.postJson("api/v1/demo-requests", "{\"fullName\":\"Sal Light\",\"email\":\"" + curious
                + "\",\"ageConfirmed\":true,\"partnerSharingConsent\":true}");
        assertEquals(201, posted.statusCode(), posted.body());
        String partnerName = Api.unique("Acme Partners");
        exportAll(partner(partnerName, "100 Main Street\nAustin, TX 78701"));
        String hash = Tables.value("select address_hash from people where email = ?", curious);
        assertEquals("1", Tables.value("select count(*) from disclosures where address_hash = ?", hash));
        // Shine the Light asks about the prior calendar year: the disclosure is moved there.
        Tables.update("update disclosures set disclosed_at = disclosed_at - interval '1' year where address_hash = ?", hash);

        String id = Api.json(api.postJson("api/v1/privacy-requests", request("SHINE_THE_LIGHT", curious, "Sal Light",
                ",\"stateOfResidence\":\"CA\""))).getString("id");
        verify(token(mailbox.await(curious, 1, DELIVERY).get(0)));
        Mailbox.until(DELIVERY, () -> decisions(curious).size() == 1, "the answer");
        String answer = Mailbox.part(decisions(curious).get(0), "text/plain").replaceAll("\\s+", " ");
        assertTrue(answer.contains("Basic Identifiers"), answer);
        assertTrue(answer.contains(partnerName + " (Business Partners), postal address: 100 Main Street, Austin, TX 78701"),
                answer);
        assertEquals("FULFILLED", status(id));
    }

    @Test
    @DisplayName("R18, R15: a person exported to partners gets an access report letter that names each partner, its "
            + "postal address (or that none is recorded), the categories and the date")
    void accessReportNamesDisclosures() {
        String email = Api.unique("shared") + "@example.com";
        lead(email, "Sam Shared");
        String before = DAY.format(Instant.now());
        String withAddress = Api.unique("Acme Practice Consulting");
        String without = Api.unique("Old Partner");
        exportAll(partner(withAddress, "Acme Practice Consulting LLC\n100 Main Street, Suite 200\nAustin, TX 78701"));
        exportAll(partner(without, null));
        String hash = Tables.value("select address_hash from people where email = ?", email);
        assertEquals("2", Tables.value("select count(*) from disclosures where address_hash = ?", hash));
        String day = DAY.format(Instant.now());
        api.postJson("api/v1/privacy-requests", request("ACCESS", email, "Sam Shared", ""));
        verify(token(mailbox.await(email, 1, DELIVERY).get(0)));
        var letter = report(email, 1);
        // The letter dates disclosures by UTC day; an export that straddled midnight is the one day before.
        String on = text(letter).contains("When: " + before + ".") ? before : day;
        String text = text(letter);
        assertFalse(text.contains("outside the company: none"), text);
        assertTrue(text.contains("Disclosures to recipients outside the company: 2, to these recipients:"), text);
        assertTrue(text.contains("- " + withAddress + " (Business Partners), postal address: Acme Practice Consulting LLC, "
                + "100 Main Street, Suite 200, Austin, TX 78701. What: Basic Identifiers. Why: With your consent. When: "
                + on + "."), text);
        assertTrue(text.contains("- " + without + " (Business Partners), no postal address recorded. What: Basic "
                + "Identifiers. Why: With your consent. When: " + on + "."), text);
        String html = Mailbox.part(letter, "text/html");
        assertTrue(html.contains(withAddress) && html.contains("100 Main Street, Suite 200") && html.contains(on), html);
        JsonObject data = (JsonObject) Api.parse(Mailbox.attachment(letter, "your-data.json"));
        var disclosures = data.getJsonArray("disclosures").toString();
        assertTrue(disclosures.contains(withAddress) && disclosures.contains(without), disclosures);
    }

    @Test
    @DisplayName("R1, R3: a form's notice at collection as JSON and as an HTML fragment, shown on the example forms; "
            + "an unknown form is a 404 problem")
    void noticeAtCollection() {
        for (String accept : List.of("application/json", "*/*", "text/plain")) {
            var answer = api.get("api/v1/policy/forms/DEMO_REQUEST/notice", "Accept", accept);
            assertEquals(200, answer.statusCode(), accept + " " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), accept);
            JsonObject notice = Api.json(answer);
            assertEquals("DEMO_REQUEST", notice.getString("form"));
            assertTrue(notice.getJsonArray("categories").toString().contains("BASIC_IDENTIFIERS"));
            assertTrue(notice.getJsonArray("purposes").toString().contains("MARKETING"));
            var sharing = notice.getJsonObject("sharing");
            assertTrue(sharing.getBoolean("mayBeSoldOrShared") && sharing.getBoolean("globalPrivacyControlHonoured"));
            assertEquals("BUSINESS_PARTNERS", sharing.getJsonArray("recipients").getJsonObject(0).getString("code"));
            assertEquals(24, notice.getJsonObject("retention").getInt("months"));
            assertTrue(notice.getString("policyUrl").startsWith("https://"));
        }
        for (String accept : List.of("text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")) {
            var html = api.get("api/v1/policy/forms/demo-request/notice", "Accept", accept);
            assertEquals(200, html.statusCode(), html.body());
            assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), accept);
            assertTrue(html.headers().firstValue("Vary").orElse("").contains("Accept"));
            assertTrue(html.body().startsWith("<section class=\"collection-notice\""), html.body());
            for (String part : List.of("Basic Identifiers", "Global Privacy Control", "24 months", "Business Partners")) {
                assertTrue(html.body().contains(part), part);
            }
        }
        var privacy = Api.json(api.get("api/v1/policy/forms/PRIVACY_REQUEST/notice"));
        assertFalse(privacy.getJsonObject("sharing").getBoolean("mayBeSoldOrShared"));
        for (String form : List.of("NO_SUCH_FORM", "%3Cscript%3E")) {
            for (String accept : List.of("application/json", "text/html")) {
                var unknown = api.get("api/v1/policy/forms/" + form + "/notice", "Accept", accept);
                assertEquals(404, unknown.statusCode(), form);
                assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElseThrow());
            }
        }

        var page = api.get("forms/demo-request.html");
        assertEquals(200, page.statusCode());
        int notice = page.body().indexOf("<section class=\"collection-notice\"");
        assertTrue(notice > 0 && notice < page.body().indexOf("<form "), "the notice comes before the form");
        assertTrue(page.body().contains("Notice at collection: Demo request, Pricing request, Product-information request"));
        assertTrue(api.get("forms/privacy-request.html").body().contains("Notice at collection: Privacy request"));
        assertEquals(404, api.get("forms/no-such-form.html").statusCode());

        var path = Api.json(api.get("openapi", "Accept", "application/json")).getJsonObject("paths")
                .getJsonObject("/api/v1/policy/forms/{form}/notice").getJsonObject("get");
        assertEquals("formNotice", path.getString("operationId"));
        var content = path.getJsonObject("responses").getJsonObject("200").getJsonObject("content");
        assertTrue(content.containsKey("application/json") && content.containsKey("text/html"), content.toString());
        assertTrue(path.getJsonObject("responses").containsKey("404"));
    }

    @Test
    @DisplayName("R17: a forged link does nothing; OpenAPI describes every privacy endpoint, both body types")
    void forgedLinksAndOpenApi() {
        String email = Api.unique("forge") + "@example.com";
        String id = Api.json(api.postJson("api/v1/privacy-requests", request("DELETE", email, "Fay Forge", "")))
                .getString("id");
        String token = token(verification(email, 1));
        String forged = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
        var refused = api.postJson("api/v1/privacy-requests/verify", "{\"token\":\"" + forged + "\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("PENDING_VERIFICATION", status(id));
        assertEquals(400, api.postJson("api/v1/privacy-requests/appeals", "{\"token\":\"" + token
                + "\",\"reason\":\"x\"}").statusCode(), "a verification token is no appeal token");

        var doc = Api.json(api.get("openapi", "Accept", "application/json"));
        var paths = doc.getJsonObject("paths");
        for (String path : List.of("/api/v1/privacy-requests", "/api/v1/privacy-requests/verify",
                "/api/v1/privacy-requests/appeals", "/api/v1/privacy-requests/{id}/decision",
                "/api/v1/privacy-requests/{id}/extension", "/api/v1/legal-holds", "/api/v1/legal-holds/{id}",
                "/api/v1/minor-reports")) {
            assertTrue(paths.containsKey(path), "OpenAPI lacks " + path);
        }
        var requests = paths.getJsonObject("/api/v1/privacy-requests");
        assertTrue(requests.containsKey("get") && requests.containsKey("post"));
        var content = requests.getJsonObject("post").getJsonObject("requestBody").getJsonObject("content");
        assertTrue(content.containsKey("application/json") && content.containsKey("application/x-www-form-urlencoded"));
        var form = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("PrivacyRequestForm");
        assertTrue(form.getJsonObject("properties").containsKey("providerSite"), "R24's field is documented");
    }

    JsonObject listed(String id, String query) {
        var list = api.get("api/v1/privacy-requests" + query, officer);
        assertEquals(200, list.statusCode(), list.body());
        return Api.parse(list.body()).asJsonArray().stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + list.body()));
    }

    private static String delta(Map<String, Long> from, Map<String, Long> to) {
        var delta = new HashMap<String, Long>();
        to.forEach((table, count) -> delta.put(table, count - from.getOrDefault(table, 0L)));
        return new java.util.TreeMap<>(delta).toString();
    }

    /** The letter with what differs by nature (the request id, the token) taken out. */
    private static String shape(String text, String id) {
        return text.replace(id, "ID").replaceAll("token=[A-Za-z0-9.-]+", "token=T");
    }

    String status(String id) {
        return Tables.value("select status from privacy_requests where id = ?", id);
    }

    /** How many audit entries of {@code action} concern the person of request {@code id}. */
    static String auditedSince(String action, String seq) {
        return Tables.value("select count(*) from audit_entries where action = ? and seq > " + Long.parseLong(seq), action);
    }

    static String audited(String action, String id) {
        return Tables.value("select count(*) from audit_entries where action = '" + action + "' and subject = "
                + "(select address_hash from privacy_requests where id = ?)", id);
    }

    void lead(String email, String name) {
        lead(email, name, "+1 217 555 0100");
    }

    void lead(String email, String name, String phone) {
        var answer = api.postJson("api/v1/demo-requests", Json.createObjectBuilder().add("fullName", name)
                .add("email", email).add("phone", phone).add("organization", "Org " + name)
                .add("practiceSpecialty", "Cardiology").add("comments", "Call me about " + name)
                .add("ageConfirmed", true).add("partnerSharingConsent", true).build().toString());
        assertEquals(201, answer.statusCode(), answer.body());
    }

    /** A partner registered by the administrator; {@code address} null for one without a postal address. */
    String partner(String name, String address) {
        var body = Json.createObjectBuilder().add("name", name);
        if (address != null) {
            body.add("postalAddress", address);
        }
        var partner = api.postJson("api/v1/partners", body.build().toString(), Api.admin());
        assertEquals(201, partner.statusCode(), partner.body());
        assertEquals(address, Api.json(partner).getString("postalAddress", null));
        return Api.json(partner).getString("id");
    }

    /** Every page of an export to {@code partner}: everyone who may go, goes. */
    void exportAll(String partner) {
        String exports = "api/v1/partners/" + partner + "/exports";
        String cursor = null;
        do {
            var page = Api.json(api.postJson(exports + (cursor == null ? "" : "?cursor=" + cursor), "", Api.admin()));
            cursor = page.containsKey("nextCursor") && !page.isNull("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
    }

    /** The JSON members of a request made by an authorized agent for a resident of {@code state}. */
    static String byAgent(String state, String signer) {
        return ",\"stateOfResidence\":\"" + state + "\",\"agent\":{\"name\":\"Privacy Helpers\",\"email\":"
                + "\"helpers@example.org\",\"signedPermission\":\"Signed by " + signer + " on 2026-11-01\"}";
    }

    /** How many of the person's records are in use: not restricted to a legal obligation (R20). */
    static String recordsInUse(String email) {
        return Tables.value("select count(*) from submissions s join people p on p.id = s.person_id"
                + " where p.email = ? and s.restricted_at is null", email);
    }

    static String request(String type, String email, String name, String more) {
        return "{\"type\":\"" + type + "\",\"email\":\"" + email + "\",\"fullName\":\"" + name + "\"" + more + "}";
    }

    void verify(String token) {
        var answer = api.postJson("api/v1/privacy-requests/verify", "{\"token\":\"" + token + "\"}");
        assertEquals(202, answer.statusCode(), answer.body());
    }

    static String token(MimeMessage letter) {
        String text = Mailbox.part(letter, "text/plain");
        var matcher = java.util.regex.Pattern.compile("verify\\?token=([A-Za-z0-9.-]+)").matcher(text);
        assertTrue(matcher.find(), "a verification link in " + text);
        return matcher.group(1);
    }

    static String text(MimeMessage letter) {
        return Mailbox.part(letter, "text/plain").replaceAll("[ \\t]+", " ");
    }

    static List<MimeMessage> withSubject(String email, String subject) {
        return mailbox.to(email).stream().filter(m -> Mailbox.header(m, "Subject").startsWith(subject)).toList();
    }

    /** The {@code n}th verification letter to {@code email}, whatever else arrived in between. */
    static MimeMessage verification(String email, int n) {
        Mailbox.until(DELIVERY, () -> withSubject(email, "Confirm your privacy request").size() >= n,
                n + " verification letter(s) for " + email);
        return withSubject(email, "Confirm your privacy request").get(n - 1);
    }

    static List<MimeMessage> reports(String email) {
        return withSubject(email, "Your data: the report");
    }

    static List<MimeMessage> decisions(String email) {
        return withSubject(email, "Your privacy request: our answer");
    }

    static MimeMessage report(String email, int count) {
        Mailbox.until(DELIVERY, () -> reports(email).size() >= count, count + " report(s) for " + email);
        return reports(email).get(count - 1);
    }

    static void assertReport(MimeMessage report, String email) {
        String text = Mailbox.part(report, "text/plain");
        assertTrue(text.contains("Basic Identifiers") && text.contains("Professional Information")
                && text.contains("User Content") && text.contains("Demo request"), text);
        String json = Mailbox.attachment(report, "your-data.json");
        assertNotNull(json, "the data is attached");
        JsonObject data = (JsonObject) Api.parse(json);
        assertEquals(email, data.getString("about"));
        assertTrue(data.getJsonArray("categories").toString().contains("PROFESSIONAL_INFORMATION"));
        assertTrue(data.getJsonArray("recipientCategories").toString().contains("SERVICE_PROVIDERS"));
        assertTrue(data.containsKey("disclosures"));
        String pieces = data.getJsonArray("pieces").toString();
        assertTrue(pieces.contains("+1 217 555 0100") && pieces.contains("Cardiology") && pieces.contains("Call me about"),
                pieces);
        assertNull(Mailbox.attachment(report, "other.json"));
    }
}
