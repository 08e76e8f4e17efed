package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.mail.control.ReportSamples;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Everything the service mails, read where it lands (GreenMail's SMTP server): single messages through
 * the outbox, then campaigns from marketing's draft to the recipients' mailboxes, unsubscribing by one
 * click, by the page's button in Chromium and while a campaign is paused, and bounces and complaints.
 * One Payara Micro serves the whole class. Each campaign test selects its own people by
 * {@code collectedSince}, so the people of other tests and classes stay out of its audiences.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    /** How long a single message through the outbox may take. */
    static final Duration DELIVERY = Duration.ofSeconds(30);
    /** How long a campaign's mail and progress may take. */
    static final Duration CAMPAIGN_DELIVERY = Duration.ofSeconds(60);
    static final String POSTAL = "2621 Montega Drive, Suite E, Springfield, IL 62704";
    static final String HOSTILE_ORG = "<b>Lee</b> & Sons {{fullName}}";
    static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @BeforeAll
    static void startSmtp() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        mailbox.close();
        Tables.assertContactStatesKept();
    }

    @ArquillianResource
    URL base;

    /** One marketer for the class: each new staff user costs the service a slow password hash. */
    static String[] asMarketing;

    Api api;
    Instant since;

    @BeforeEach
    void connect() {
        api = new Api(base);
        if (asMarketing == null) {
            String marketer = Api.unique("marketer").toLowerCase();
            asMarketing = Api.as(marketer, api.staff(marketer, "marketing"));
        }
        since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /* Single messages through the outbox: a test message as composed, sent once, counted, and only where allowed. */

    @Test
    @DisplayName("R26: a message goes out through the outbox with validated headers, both parts and escaped HTML, and is audited")
    void aQueuedMessageArrivesAsComposed() {
        String privacy = Api.unique("officer").toLowerCase();
        String[] officer = Api.as(privacy, api.staff(privacy, "privacy"));
        long entriesBefore = auditEntries(officer);
        String to = Api.unique("it-desk") + "@psynergybilling.com";
        String text = "<script>alert('x')</script> & {{secret}}";

        String id = queue(to, text);
        var message = mailbox.await(to, 1, DELIVERY).get(0);

        assertEquals("Psynergy Billing <no-reply@psynergybilling.com>", Mailbox.header(message, "From"));
        assertEquals(to, Mailbox.header(message, "To"));
        assertEquals("Psynergy Leads test message", Mailbox.header(message, "Subject"));
        assertEquals("<" + id + "@psynergybilling.com>", Mailbox.header(message, "Message-ID"));
        assertEquals("auto-generated", Mailbox.header(message, "Auto-Submitted"));
        assertTrue(Mailbox.header(message, "Content-Type").startsWith("multipart/alternative"));
        assertTrue(Mailbox.part(message, "text/plain").contains(text), "the text part takes the value verbatim");
        String html = Mailbox.part(message, "text/html");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {{secret}}"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(Mailbox.links(html).isEmpty());

        Mailbox.until(DELIVERY, () -> auditEntries(officer) >= entriesBefore + 2,
                "the queuing and the sending in the audit log");
        assertTrue(Api.json(api.get("api/v1/audit/chain", officer)).getBoolean("intact"));
    }

    @Test
    void aMessageIsNeverSentTwice() {
        String to = Api.unique("once") + "@psynergybilling.com";
        queue(to, "once");
        mailbox.await(to, 1, DELIVERY);
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(1, mailbox.to(to).size(), "one message, however many rounds ran");
    }

    @Test
    void theQueueShowsInReadinessAndMetricsAndNeverFailsThem() {
        var ready = api.get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        var data = mailData();
        assertTrue(number(data, "queueDepth") >= 0 && number(data, "oldestWaitingSeconds") >= 0, data.toString());
        assertEquals(200, api.get("health/live").statusCode());
        var metrics = api.get("metrics", "Accept", "text/plain", "Authorization", "Bearer it-metrics-token-0123456789");
        assertEquals(200, metrics.statusCode());
        // MP Metrics 5 as Payara prints it: the name as registered, the scope as a tag.
        for (String gauge : new String[]{"leads_mail_queue_depth", "leads_mail_oldest_waiting_seconds"}) {
            assertTrue(metrics.body().contains("# TYPE " + gauge + " gauge"), metrics.body());
            assertTrue(metrics.body().lines().anyMatch(l -> l.matches(Pattern.quote(gauge + "{mp_scope=\"application\"} ") + "\\d+(\\.\\d+)?")),
                    metrics.body());
        }
    }

    @Test
    void onlyAnAdminQueuesATestMessageAndOnlyToAPlainAddress() {
        assertEquals(401, api.postJson("api/v1/mail/test", "{\"to\":\"a@example.com\"}").statusCode());
        String sales = Api.unique("s").toLowerCase();
        assertEquals(403, api.postJson("api/v1/mail/test", "{\"to\":\"a@example.com\"}",
                Api.as(sales, api.staff(sales, "sales"))).statusCode());
        for (String bad : new String[]{"a@example.com\\r\\nBcc: b@example.com", "A <a@example.com>",
                "a@example.com, b@example.com"}) {
            var refused = api.postJson("api/v1/mail/test", "{\"to\":\"" + bad + "\"}", Api.admin());
            assertEquals(400, refused.statusCode(), refused.body());
        }
    }

    @Test
    @DisplayName("R11: a staff test message goes only to the sender's own domain, and never to a do-not-contact address there")
    void testMessagesStayInsideTheRules() {
        var elsewhere = api.postJson("api/v1/mail/test", "{\"to\":\"" + Api.unique("outsider") + "@example.com\"}",
                Api.admin());
        assertEquals(400, elsewhere.statusCode(), elsewhere.body());
        assertTrue(Api.json(elsewhere).getString("detail").contains("@psynergybilling.com"), elsewhere.body());

        String listed = Api.unique("opted-out") + "@psynergybilling.com";
        // A removal by address now bars invitations only; a minor report puts the address on every list (R4).
        String officer = Api.unique("officer").toLowerCase();
        var reported = api.postJson("api/v1/minor-reports", "{\"email\":\"" + listed + "\"}",
                Api.as(officer, api.staff(officer, "privacy")));
        assertTrue(reported.statusCode() / 100 == 2, reported.body());
        var refused = api.postJson("api/v1/mail/test", "{\"to\":\"" + listed + "\"}", Api.admin());
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("test-address-refused", Api.json(refused).getString("type").replaceAll(".*/", ""));
        assertTrue(Api.json(refused).getString("detail").contains("DO_NOT_CONTACT"), refused.body());
        assertTrue(mailbox.to(listed).isEmpty(), "nothing reached the listed address");
    }

    private String queue(String to, String text) {
        var body = jakarta.json.Json.createObjectBuilder().add("to", to).add("text", text).build();
        var queued = api.postJson("api/v1/mail/test", body.toString(), Api.admin());
        assertEquals(202, queued.statusCode(), queued.body());
        return Api.json(queued).getString("id");
    }

    private JsonObject mailData() {
        var checks = Api.json(api.get("health/ready")).getJsonArray("checks");
        return checks.stream().map(JsonObject.class::cast).filter(c -> c.getString("name").equals("mail"))
                .findFirst().orElseThrow(() -> new AssertionError("no mail check: " + checks)).getJsonObject("data");
    }

    /** Payara's health answer carries every datum as a string; a number would do as well. */
    private static long number(JsonObject data, String key) {
        var value = data.get(key);
        return value instanceof jakarta.json.JsonNumber n ? n.longValue() : Long.parseLong(data.getString(key));
    }

    private long auditEntries(String[] officer) {
        return Api.json(api.get("api/v1/audit/chain", officer)).getJsonNumber("entries").longValue();
    }

    /*
     * Campaigns from marketing's draft to the recipients' mailboxes, and unsubscribing by one click, by
     * the page's button in Chromium, and while a campaign is paused. Each test selects its own people by
     * {@code collectedSince}, so the people of other tests and classes stay out of its audiences.
     */

    @Test
    @DisplayName("R11, R12, R13: a campaign reaches the eligible only, with List-Unsubscribe (one click), List-Id, "
            + "the postal address and escaped values; one click unsubscribes and the next campaign skips them")
    void campaignEndToEnd() throws Exception {
        String alice = lead("alice", "Dr. Alice Ames", HOSTILE_ORG);
        String bob = lead("bob", "Bob Burns", "Burns Clinic");
        String listed = lead("listed", "Lee Listed", null);
        // Barred from promotions only on the list (as an unsubscribe before the person was known leaves it).
        assertEquals(1, Tables.update("insert into do_not_contact (address_hash, kind, reason, created_at) select"
                + " address_hash, 'NO_PROMOTIONS', 'UNSUBSCRIBE', current_timestamp from people where email = ?", listed));
        // Written past the service, so its contact state too, as DoNotContactList.add would (the drift check
        // after the class holds the two to the same answer).
        assertEquals(1, Tables.update("update contact_states set no_promotions = true where person_id in"
                + " (select id from people where email = ?)", listed));
        String referrer = Api.unique("referrer") + "@example.com";
        assertEquals(202, api.postJson("api/v1/referrals", "{\"referrerName\":\"Rita Referrer\",\"referrerEmail\":\""
                + referrer + "\",\"colleagues\":[{\"name\":\"Col League\",\"email\":\"" + Api.unique("colleague")
                + "@example.com\"}],\"permissionConfirmed\":true,\"ageConfirmed\":true}").statusCode());
        PublicIntakeIT.confirmByMail(api, mailbox, referrer);

        String first = campaign("First {{fullName}}");
        JsonObject audience = Api.json(api.get("api/v1/campaigns/" + first + "/audience", asMarketing));
        assertEquals(2, audience.getJsonNumber("eligible").longValue(), audience.toString());
        JsonObject excluded = audience.getJsonObject("excluded");
        assertEquals(1, excluded.getJsonNumber("DO_NOT_CONTACT").longValue(), audience.toString());
        assertEquals(2, excluded.getJsonNumber("REFERRAL_ONLY").longValue(), "the referrer and the colleague: " + audience);
        assertEquals(0, excluded.getJsonNumber("UNSUBSCRIBED").longValue(), audience.toString());

        assertEquals(202, api.postJson("api/v1/campaigns/" + first + "/send", "", asMarketing).statusCode());
        assertEquals(409, api.postJson("api/v1/campaigns/" + first + "/send", "", asMarketing).statusCode(),
                "sent once");
        MimeMessage mail = mailbox.await(alice, 1, CAMPAIGN_DELIVERY).get(0);
        mailbox.await(bob, 1, CAMPAIGN_DELIVERY);
        JsonObject done = awaitStatus(first, "FINISHED");
        assertEquals(2, done.getInt("sent"), done.toString());

        assertEquals("Psynergy Billing <no-reply@psynergybilling.com>", Mailbox.header(mail, "From"));
        assertEquals("First Dr. Alice Ames", Mailbox.header(mail, "Subject"));
        assertEquals("List-Unsubscribe=One-Click", Mailbox.header(mail, "List-Unsubscribe-Post"));
        assertEquals("Psynergy Billing news <news.psynergybilling.com>", Mailbox.header(mail, "List-Id"));
        String unsubscribe = Mailbox.header(mail, "List-Unsubscribe");
        assertTrue(unsubscribe.matches("<http://leads\\.test/unsubscribe\\?token=[0-9a-f-]{36}\\.[0-9a-f]{64}>"), unsubscribe);
        String link = unsubscribe.substring(1, unsubscribe.length() - 1);
        String html = Mailbox.part(mail, "text/html");
        String text = Mailbox.part(mail, "text/plain");
        assertTrue(html.contains("&lt;b&gt;Lee&lt;/b&gt; &amp; Sons {{fullName}}"), html);
        assertFalse(html.contains("<b>Lee"), "values are escaped in HTML");
        assertTrue(text.contains(HOSTILE_ORG), "the text body takes values verbatim, template syntax as text: " + text);
        assertTrue(Mailbox.links(html).contains(link), "the visible link at the bottom: " + html);
        for (String body : List.of(html, text)) {
            assertTrue(body.contains(POSTAL), "R13: " + body);
            assertTrue(body.contains(link), body);
        }
        assertTrue(mailbox.to(listed).isEmpty() && mailbox.to(referrer).stream().allMatch(m ->
                Mailbox.header(m, "Subject").equals("Confirm your referral to Psynergy Billing")),
                "never to the excluded (the referrer has only their referral's confirmation request)");

        var scanner = api.send(api.request(path(link)).GET());
        assertEquals(200, scanner.statusCode());
        assertTrue(scanner.body().contains("<button"), scanner.body());
        var oneClick = api.send(api.request(path(link)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertEquals(200, oneClick.statusCode(), "RFC 8058: one click, no login");
        char last = link.charAt(link.length() - 1);
        String forgedLink = link.substring(0, link.length() - 1) + (last == '0' ? '1' : '0');
        var forged = api.send(api.request(path(forgedLink)).POST(
                HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertEquals(400, forged.statusCode());

        String second = campaign("Second");
        JsonObject after = Api.json(api.get("api/v1/campaigns/" + second + "/audience", asMarketing));
        assertEquals(1, after.getJsonNumber("eligible").longValue(), after.toString());
        assertEquals(1, after.getJsonObject("excluded").getJsonNumber("UNSUBSCRIBED").longValue(), after.toString());
        assertEquals(202, api.postJson("api/v1/campaigns/" + second + "/send", "", asMarketing).statusCode());
        mailbox.await(bob, 2, CAMPAIGN_DELIVERY);
        awaitStatus(second, "FINISHED");
        assertEquals(1, mailbox.to(alice).size(), "R12: unsubscribed at once");
    }

    @Test
    @DisplayName("R12: pause holds queued mail, unsubscribing between queueing and sending skips the message, "
            + "resume sends the rest and nobody gets a second copy")
    void pauseAndResume() {
        List<String> people = List.of(lead("p1", "Pat One", null), lead("p2", "Pat Two", null),
                lead("p3", "Pat Three", null));
        // A first campaign brings each person their unsubscribe link, good for every later one.
        String warmUp = campaign("Warm-up");
        api.postJson("api/v1/campaigns/" + warmUp + "/send", "", asMarketing);
        awaitStatus(warmUp, "FINISHED");
        var links = new java.util.HashMap<String, String>();
        for (String person : people) {
            links.put(person, Mailbox.header(mailbox.await(person, 1, CAMPAIGN_DELIVERY).get(0), "List-Unsubscribe")
                    .replaceAll("[<>]", ""));
        }

        // A busy minute, as a large campaign leaves it: the promotional rate (LEADS_MAIL_RATE, kept in the
        // database for all nodes) is booked a minute ahead, so no sender may take this campaign's messages
        // and the pause comes before any of them goes (a campaign sent here sets the senders going at once).
        var before = new java.util.HashMap<String, Integer>();
        people.forEach(p -> before.put(p, mailbox.to(p).size()));
        String pausedId = campaign("Paused");
        assertEquals(409, api.postJson("api/v1/campaigns/" + pausedId + "/pause", "", asMarketing).statusCode(),
                "a draft cannot pause");
        JsonObject held;
        bookPromotionsUntil(Instant.now().plusSeconds(60));
        try {
            assertEquals(202, api.postJson("api/v1/campaigns/" + pausedId + "/send", "", asMarketing).statusCode());
            assertEquals(202, api.postJson("api/v1/campaigns/" + pausedId + "/pause", "", asMarketing).statusCode());
            // Once all are queued and nothing is on its way, whoever has not got this campaign is held.
            held = awaitProgress(pausedId, c -> c.getBoolean("allQueued") && c.getInt("queued") == c.getInt("held"));
        } finally {
            bookPromotionsUntil(Instant.EPOCH);
        }
        assertEquals("PAUSED", held.getString("status"));
        assertEquals(3, held.getInt("recipients"), "recipients are queued while paused, held: " + held);
        List<String> waiting = people.stream().filter(p -> mailbox.to(p).size() == before.get(p)).toList();
        assertEquals(3, held.getInt("held"), held.toString());
        assertEquals(people, waiting, "nothing went before the pause");
        String quitter = waiting.get(0);
        assertEquals(200, api.send(api.request(path(links.get(quitter))).POST(HttpRequest.BodyPublishers.ofString(
                "List-Unsubscribe=One-Click"))).statusCode());
        api.awaitDispatcherRounds(3, CAMPAIGN_DELIVERY);
        assertEquals(held.getInt("sent"), Api.json(api.get("api/v1/campaigns/" + pausedId, asMarketing)).getInt("sent"),
                "nothing goes while paused");

        assertEquals(202, api.postJson("api/v1/campaigns/" + pausedId + "/resume", "", asMarketing).statusCode());
        JsonObject done = awaitStatus(pausedId, "FINISHED");
        assertEquals(1, done.getJsonObject("skipped").getInt("UNSUBSCRIBED"), done.toString());
        assertEquals(2, done.getInt("sent"), done.toString());
        assertEquals((int) before.get(quitter), mailbox.to(quitter).size(),
                "the held message of the unsubscribed person was skipped");
        for (String person : people) {
            if (!person.equals(quitter)) {
                assertEquals(before.get(person) + 1, mailbox.await(person, before.get(person) + 1, CAMPAIGN_DELIVERY)
                        .size(), "one copy per campaign: " + person);
            }
        }
        assertEquals(409, api.postJson("api/v1/campaigns/" + pausedId + "/resume", "", asMarketing).statusCode());
    }

    @Test
    @ExtendWith(Browser.Required.class)
    @DisplayName("R12: in Chromium, the link of a received campaign mail opens the page, its button unsubscribes, and "
            + "a new campaign does not reach that address")
    void unsubscribeInTheBrowser() {
        String person = lead("browser", "Bea Browser", null);
        String first = campaign("Browser one");
        api.postJson("api/v1/campaigns/" + first + "/send", "", asMarketing);
        MimeMessage mail = mailbox.await(person, 1, CAMPAIGN_DELIVERY).get(0);
        String link = Mailbox.links(Mailbox.part(mail, "text/html")).stream()
                .filter(l -> l.contains("/unsubscribe?token=")).findFirst().orElseThrow();
        awaitStatus(first, "FINISHED");

        URI publicUrl = URI.create("http://leads.test/");
        try (var browser = Browser.start(publicUrl.getHost(), api.uri("/").getPort())) {
            WebDriver page = browser.driver();
            page.get(link);
            assertEquals("Unsubscribe", page.findElement(By.tagName("h1")).getText());
            page.findElement(By.cssSelector("button[type=submit]")).click();
            // The heading read while the answer replaces the page is stale: textToBe reads it again.
            new WebDriverWait(page, CAMPAIGN_DELIVERY).until(ExpectedConditions.textToBe(By.tagName("h1"), "You are unsubscribed"));
        }

        String second = campaign("Browser two");
        JsonObject audience = Api.json(api.get("api/v1/campaigns/" + second + "/audience", asMarketing));
        assertEquals(0, audience.getJsonNumber("eligible").longValue(), audience.toString());
        api.postJson("api/v1/campaigns/" + second + "/send", "", asMarketing);
        awaitStatus(second, "FINISHED");
        assertEquals(1, mailbox.to(person).size(), "the new campaign does not reach the unsubscribed address");
    }

    static final String BOUNCE_TOKEN = "it-bounce-token-0123456789";

    @Test
    @DisplayName("R11, R12, R26: a promotion's Return-Path is its own bounce address; a hard bounce (5.x.x) suppresses "
            + "the address, the third soft bounce (4.x.x) does, the second not, a complaint (ARF) unsubscribes and "
            + "suppresses; progress counts bounced and complained, the next audience counts them out by reason")
    void bouncesAndComplaints() {
        String hard = lead("hard", "Hal Hard", null);
        String soft = lead("soft", "Sol Soft", null);
        String twice = lead("twice", "Tia Twice", null);
        String complainer = lead("complainer", "Cal Complainer", null);
        String fine = lead("fine", "Fay Fine", null);
        String first = campaign("Bounce one");
        api.postJson("api/v1/campaigns/" + first + "/send", "", asMarketing);
        awaitStatus(first, "FINISHED");
        var returnPaths = new java.util.HashMap<String, String>();
        for (String person : List.of(hard, soft, twice, complainer, fine)) {
            String returnPath = Mailbox.header(mailbox.await(person, 1, CAMPAIGN_DELIVERY).get(0), "Return-Path");
            assertTrue(returnPath.matches("<bounces\\+[0-9a-f]{32}\\.[0-9a-f]{20}@psynergybilling\\.com>"),
                    "the envelope sender GreenMail saw: " + returnPath);
            returnPaths.put(person, returnPath.substring(1, returnPath.length() - 1));
        }
        assertEquals(5, returnPaths.values().stream().distinct().count(), "one bounce address per message");

        byte[] hardBounce = ReportSamples.dsn(returnPaths.get(hard), hard, "failed", "5.1.1", "To: " + hard + "\r\n");
        assertEquals(401, postReport(hardBounce, "Bearer not-the-bounce-token-at-all").statusCode(), "a wrong token");
        assertEquals(401, postReport(hardBounce, null).statusCode(), "no token");
        assertEquals(403, postReport(hardBounce, asMarketing[1]).statusCode(), "staff may not post reports");
        var garbage = postReport("Subject: hello\r\n\r\nnot a report\r\n".getBytes(StandardCharsets.US_ASCII),
                "Bearer " + BOUNCE_TOKEN);
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertTrue(garbage.body().contains("not-a-report"), garbage.body());

        var posted = postReport(hardBounce, "Bearer " + BOUNCE_TOKEN);
        assertEquals(202, posted.statusCode(), posted.body());
        assertEquals("HARD_BOUNCE", Api.json(posted).getString("report"));
        assertEquals("5.1.1", Api.json(posted).getString("status"));
        assertEquals(posted.body(), postReport(hardBounce, "Bearer " + BOUNCE_TOKEN).body(), "a repeat answers the same");
        var stranger = postReport(ReportSamples.dsn("bounces+" + "0".repeat(32) + "." + "0".repeat(20)
                + "@psynergybilling.com", "x@example.com", "failed", "5.1.1", "To: x@example.com\r\n"), "Bearer " + BOUNCE_TOKEN);
        assertEquals(posted.body(), stranger.body(), "an unknown or forged bounce address gets the same answer");
        for (String person : List.of(soft, twice)) {
            assertEquals(202, postReport(ReportSamples.dsn(returnPaths.get(person), person, "failed", "4.2.2",
                    "To: " + person + "\r\n"), "Bearer " + BOUNCE_TOKEN).statusCode());
        }
        MimeMessage received = mailbox.to(complainer).get(0);
        var complaint = postReport(ReportSamples.arf("fbl@psynergybilling.com", "abuse", null,
                ReportSamples.received(received, returnPaths.get(complainer))), "Bearer " + BOUNCE_TOKEN);
        assertEquals(202, complaint.statusCode(), complaint.body());
        assertEquals("COMPLAINT", Api.json(complaint).getString("report"));

        JsonObject progress = Api.json(api.get("api/v1/campaigns/" + first, asMarketing));
        assertEquals(3, progress.getInt("bounced"), "hard once (its repeat counts once), two soft: " + progress);
        assertEquals(1, progress.getInt("complained"), progress.toString());
        assertEquals("1", Tables.value("select count(*) from people where email = ? and unsubscribed_at is not null",
                complainer), "the complaint unsubscribed");
        assertEquals(List.of("BOUNCED"), kinds(hard));
        assertEquals(List.of("COMPLAINED", "NO_PROMOTIONS"), kinds(complainer));
        assertEquals(List.of(), kinds(soft), "one soft bounce suppresses nothing");

        String second = campaign("Bounce two");
        JsonObject audience = Api.json(api.get("api/v1/campaigns/" + second + "/audience", asMarketing));
        assertEquals(3, audience.getJsonNumber("eligible").longValue(), audience.toString());
        assertEquals(1, audience.getJsonObject("excluded").getInt("BOUNCED"), audience.toString());
        assertEquals(1, audience.getJsonObject("excluded").getInt("COMPLAINED"), audience.toString());
        assertEquals(0, audience.getJsonObject("excluded").getInt("UNSUBSCRIBED"), "a complaint counts as such: " + audience);
        api.postJson("api/v1/campaigns/" + second + "/send", "", asMarketing);
        awaitStatus(second, "FINISHED");
        assertEquals(1, mailbox.to(hard).size(), "the bounced address got no second promotion");
        assertEquals(1, mailbox.to(complainer).size(), "nor did the complainer");
        for (String person : List.of(soft, twice)) {
            var again = mailbox.await(person, 2, CAMPAIGN_DELIVERY).get(1);
            String returnPath = Mailbox.header(again, "Return-Path");
            assertEquals(202, postReport(ReportSamples.dsn(returnPath.substring(1, returnPath.length() - 1), person,
                    "failed", "4.4.7", "To: " + person + "\r\n"), "Bearer " + BOUNCE_TOKEN).statusCode());
        }
        assertEquals(List.of(), kinds(twice), "two soft bounces suppress nothing");

        String third = campaign("Bounce three");
        api.postJson("api/v1/campaigns/" + third + "/send", "", asMarketing);
        awaitStatus(third, "FINISHED");
        String returnPath = Mailbox.header(mailbox.await(soft, 3, CAMPAIGN_DELIVERY).get(2), "Return-Path");
        assertEquals(202, postReport(ReportSamples.dsn(returnPath.substring(1, returnPath.length() - 1), soft,
                "failed", "4.2.2", "To: " + soft + "\r\n"), "Bearer " + BOUNCE_TOKEN).statusCode());
        assertEquals(List.of("BOUNCED"), kinds(soft), "the third soft bounce within 30 days suppresses");
        assertEquals(List.of(), kinds(twice));

        JsonObject last = Api.json(api.get("api/v1/campaigns/" + campaign("Bounce four") + "/audience", asMarketing));
        assertEquals(2, last.getJsonNumber("eligible").longValue(), last.toString());
        assertEquals(2, last.getJsonObject("excluded").getInt("BOUNCED"), last.toString());
        assertEquals(1, last.getJsonObject("excluded").getInt("COMPLAINED"), last.toString());
        assertTrue(Integer.parseInt(Tables.value("select count(*) from audit_entries where action = 'ADDRESS_SUPPRESSED'"
                + " and actor = ?", "mail-reports")) >= 3, "R26: each suppression is audited");
    }

    private java.net.http.HttpResponse<String> postReport(byte[] raw, String authorization) {
        var request = api.request("api/v1/mail/bounces").header("Content-Type", "message/rfc822")
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    /** The kinds on the do-not-contact list for a person's address hash, sorted. */
    private static List<String> kinds(String email) {
        try (var db = Tables.connect(); var query = db.prepareStatement("select d.kind from do_not_contact d join people p"
                + " on p.address_hash = d.address_hash where p.email = ? order by d.kind")) {
            query.setString(1, email);
            var kinds = new java.util.ArrayList<String>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    kinds.add(rows.getString(1));
                }
            }
            return kinds;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("R11: staff templates refuse anything but the three placeholders; a test message goes to staff only")
    void templatesAndTestMessages() {
        var bad = api.postJson("api/v1/campaigns", "{\"name\":\"Bad\",\"subject\":\"Hi {{> secrets}}\",\"textBody\":"
                + "\"{{#fullName}}x{{/fullName}}\",\"audience\":{\"sources\":[\"NO_SUCH_FORM\"]}}", asMarketing);
        assertEquals(400, bad.statusCode(), bad.body());
        for (String field : List.of("subject", "textBody", "audience.sources[0]")) {
            assertTrue(bad.body().contains("\"" + field + "\""), field + ": " + bad.body());
        }
        String campaign = campaign("Test {{fullName}}");
        var outsider = api.postJson("api/v1/campaigns/" + campaign + "/test", "{\"to\":\"someone@example.com\"}", asMarketing);
        assertEquals(400, outsider.statusCode(), outsider.body());
        String staff = Api.unique("marketing").toLowerCase() + "@psynergybilling.com";
        assertEquals(202, api.postJson("api/v1/campaigns/" + campaign + "/test", "{\"to\":\"" + staff + "\"}",
                asMarketing).statusCode());
        MimeMessage test = mailbox.await(staff, 1, CAMPAIGN_DELIVERY).get(0);
        assertEquals("Test Test Recipient", Mailbox.header(test, "Subject"));
        assertTrue(Mailbox.part(test, "text/plain").contains(POSTAL));
        assertEquals(403, api.postJson("api/v1/campaigns", "{}", Api.admin()).statusCode(), "R25: marketing only");
    }

    private String lead(String name, String fullName, String organization) {
        String email = Api.unique(name) + "@example.com";
        String body = "{\"fullName\":\"" + fullName + "\",\"email\":\"" + email + "\",\"ageConfirmed\":true"
                + (organization == null ? "" : ",\"organization\":\"" + organization.replace("\"", "\\\"") + "\"") + "}";
        var posted = api.postJson("api/v1/demo-requests", body);
        assertEquals(201, posted.statusCode(), posted.body());
        return email;
    }

    private String campaign(String subject) {
        var created = api.postJson("api/v1/campaigns", "{\"name\":\"" + Api.unique("campaign") + "\",\"subject\":\""
                + subject + "\",\"textBody\":\"Hello {{fullName}} of {{organization}}.\\n\\nNews.\",\"htmlBody\":"
                + "\"<p>Hello {{fullName}} of {{organization}}.</p>\",\"audience\":{\"collectedSince\":\"" + since + "\"}}",
                asMarketing);
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getString("id");
    }

    /** Books the promotional rate up to {@code until}: before it, no sender may claim a promotion. */
    private static void bookPromotionsUntil(Instant until) {
        long micros = until.getEpochSecond() * 1_000_000L + until.getNano() / 1_000;
        assertEquals(1, Tables.update(
                "update mail_rate set next_free_micros = cast(? as bigint) where name = 'PROMOTIONAL'",
                Long.toString(micros)));
    }

    private JsonObject awaitStatus(String campaign, String status) {
        return awaitProgress(campaign, c -> status.equals(c.getString("status")));
    }

    private JsonObject awaitProgress(String campaign, java.util.function.Predicate<JsonObject> condition) {
        JsonObject[] last = new JsonObject[1];
        Mailbox.until(CAMPAIGN_DELIVERY, () -> condition.test(last[0] = Api.json(api.get("api/v1/campaigns/" + campaign,
                asMarketing))), "campaign " + campaign + " to progress");
        return last[0];
    }

    private static String path(String link) {
        return URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
    }
}
