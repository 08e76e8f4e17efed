package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.RequestIds;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
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

/** One-time referrals from the form to the colleague's removal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

    static final Duration DELIVERY = Duration.ofSeconds(60);
    static Mailbox mailbox;

    Api api;

    @BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    @DisplayName("R6, R7, R9: one invitation that names the referrer, escaped, and a removal link that works")
    void theInvitationNamesTheReferrerAndItsLinkRemovesTheColleague() throws Exception {
        String colleague = Api.unique("invited") + "@example.com";
        String referrer = Api.unique("r") + "@example.com";
        String body = referral(referrer, colleague)
                .replace("Dr. Jane Doe", "Dr. Jane O'Brien & Partners");
        referAndConfirm(body, referrer);

        var invitation = mailbox.await(colleague, 1, DELIVERY).get(0);
        assertEquals(colleague, Mailbox.header(invitation, "To"));
        assertTrue(Mailbox.header(invitation, "Subject").contains("Dr. Jane O'Brien & Partners"));
        String html = Mailbox.part(invitation, "text/html");
        assertTrue(html.contains("O&#39;Brien &amp; Partners"), "escaped in HTML: " + html);
        assertTrue(Mailbox.part(invitation, "text/plain").contains("Dr. Jane O'Brien & Partners"));
        String link = Mailbox.links(html).stream().filter(l -> l.contains("/referrals/remove?token="))
                .findFirst().orElseThrow(() -> new AssertionError("no removal link in " + html));
        assertTrue(link.startsWith("http://leads.test/referrals/remove?token="), link);
        assertTrue(Mailbox.part(invitation, "text/plain").contains(link), "the text part carries the link too");

        String token = link.substring(link.indexOf("token=") + 6);
        String officer = Api.unique("officer").toLowerCase();
        String[] asOfficer = Api.as(officer, api.staff(officer, "privacy"));
        api.awaitDispatcherRounds(2, DELIVERY);
        long before = auditEntries(asOfficer);
        var page = api.get("referrals/remove?token=" + token);
        assertTrue(page.body().contains("value=\"" + token + "\""), "the page's button carries the token");
        assertEquals(before, auditEntries(asOfficer), "opening the link (as a mail scanner would) changes nothing");
        assertEquals(202, api.postJson("api/v1/referral-removals", "{\"token\":\"" + token + "\"}").statusCode());
        Mailbox.until(DELIVERY, () -> auditEntries(asOfficer) == before + 1, "the button's post removes, and is audited");
        assertEquals("1", Tables.value("select count(*) from audit_entries where seq > " + before
                + " and action = 'REFERRAL_REMOVED' and detail like ?", "% by link: referred-colleague % deleted"));

        String again = Api.unique("r") + "@example.com";
        referAndConfirm(referral(again, colleague), again);
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(1, mailbox.to(colleague).size(), "never a second invitation, removed or not");
    }

    @Test
    @DisplayName("R9: an invitation still queued when its colleague is removed is never sent")
    void removalStopsAQueuedInvitation() {
        String colleague = Api.unique("late") + "@example.com";
        String referrer = Api.unique("r") + "@example.com";
        // Removed first, referred after: the invitation is never even queued; the guard covers the race.
        assertEquals(202, api.postJson("api/v1/referral-removals", "{\"email\":\"" + colleague + "\"}").statusCode());
        awaitRemovalsCarriedOut();
        referAndConfirm(referral(referrer, colleague), referrer);
        api.awaitDispatcherRounds(5, DELIVERY);
        assertTrue(mailbox.to(colleague).isEmpty());
        assertEquals(1, mailbox.to(referrer).size(), "a referrer gets only the confirmation request");
    }

    @Test
    @DisplayName("R8: nobody is invited until the referrer confirms through the link mailed to the referrer's own address")
    void invitationsWaitForTheReferrersConfirmation() throws Exception {
        String referrer = Api.unique("r") + "@example.com";
        String first = Api.unique("first") + "@example.com";
        String second = Api.unique("second") + "@example.com";
        String body = "{\"referrerName\":\"Dr. Jane Doe\",\"referrerEmail\":\"" + referrer + "\",\"colleagues\":["
                + "{\"name\":\"Dr. Ann O'Neil & Co\",\"email\":\"" + first + "\"},"
                + "{\"name\":\"Dr. Bo Chen\",\"email\":\"" + second + "\"}],"
                + "\"permissionConfirmed\":true,\"ageConfirmed\":true}";
        var answer = api.postJson("api/v1/referrals", body);
        assertEquals(202, answer.statusCode(), answer.body());
        assertEquals(2, Api.json(answer).getInt("accepted"));
        assertEquals("EMAILED_TO_REFERRER", Api.json(answer).getString("confirmation"));

        var mail = confirmationMail(referrer, 1);
        assertEquals(referrer, Mailbox.header(mail, "To"), "to the referrer's own address, nobody else");
        String html = Mailbox.part(mail, "text/html");
        String text = Mailbox.part(mail, "text/plain");
        assertTrue(html.contains("Dr. Ann O&#39;Neil &amp; Co &lt;" + first + "&gt;"), "named, escaped: " + html);
        assertTrue(text.contains("Dr. Ann O'Neil & Co <" + first + ">") && text.contains("Dr. Bo Chen <" + second + ">"), text);
        String token = confirmToken(mail);
        assertTrue(text.contains("http://leads.test/referrals/confirm?token=" + token), "the text part carries the link too");

        var page = api.get("referrals/confirm?token=" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("action=\"/api/v1/referral-confirmations\""), page.body());
        assertTrue(page.body().contains("value=\"" + token + "\""), "the page's button carries the token");
        api.awaitDispatcherRounds(5, DELIVERY);
        assertTrue(mailbox.to(first).isEmpty() && mailbox.to(second).isEmpty(),
                "neither the post nor opening the link (as a mail scanner would) invites anyone");
        assertEquals(1, mailbox.to(referrer).size(), "the referrer's one confirmation request");

        assertEquals(202, confirm(api, token).statusCode());
        assertTrue(Mailbox.header(mailbox.await(first, 1, DELIVERY).get(0), "Subject").contains("Dr. Jane Doe"));
        mailbox.await(second, 1, DELIVERY);
        var again = confirm(api, token);
        assertEquals(202, again.statusCode(), "a second use answers alike");
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(1, mailbox.to(first).size(), "and sends nothing more");
        assertEquals(1, mailbox.to(referrer).size());
        assertEquals(400, confirm(api, "0".repeat(36) + "." + "a".repeat(64)).statusCode(), "a forged token confirms nothing");
        var browser = api.postForm("api/v1/referral-confirmations", Api.fields("token", token), "Accept", "text/html");
        assertEquals(303, browser.statusCode());
        assertEquals("http://leads.test/referrals/confirmed", browser.headers().firstValue("Location").orElseThrow());
    }

    @Test
    @DisplayName("R8: the form says a confirmation link goes to the referrer first, and a browser's post lands on 'check your email'")
    void theFormAndItsPagesSayTheReferrerConfirmsFirst() {
        var form = api.get("forms/referral.html");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("We will first email you a link to confirm"), form.body());
        assertTrue(form.body().contains("action=\"/api/v1/referrals\""));
        String referrer = Api.unique("r") + "@example.com";
        var posted = api.postForm("api/v1/referrals", Api.fields("referrerName", "Jane Doe", "referrerEmail", referrer,
                "colleagueName", "Sam Lee", "colleagueEmail", Api.unique("c") + "@example.com",
                "permissionConfirmed", "true", "ageConfirmed", "true"), "Accept", "text/html");
        assertEquals(303, posted.statusCode(), posted.body());
        assertEquals("http://leads.test/referrals/sent", posted.headers().firstValue("Location").orElseThrow());
        var sent = api.get("referrals/sent");
        assertTrue(sent.body().contains("Check your email") && sent.body().contains("within 48 hours"), sent.body());
        mailbox.await(referrer, 1, DELIVERY);
    }

    @Test
    @DisplayName("R6: names that look like a link, a domain, an address or a phone number are refused, and nothing is kept")
    void namesThatCarryAMessageAreRefused() {
        String referrer = Api.unique("r") + "@example.com";
        String colleague = Api.unique("c") + "@example.com";
        var phishing = api.postJson("api/v1/referrals", referral(referrer, colleague)
                .replace("Dr. Jane Doe", "Your account is locked. Reset at evil.example/login"));
        assertEquals(400, phishing.statusCode());
        assertEquals("application/problem+json", phishing.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("referrerName", Api.json(phishing).getJsonArray("errors").getJsonObject(0).getString("field"));
        var phone = api.postJson("api/v1/referrals", referral(referrer, colleague)
                .replace("Dr. Sam Lee", "Call +1 (555) 123-4567"));
        assertEquals(400, phone.statusCode());
        assertEquals("colleagues[0].name", Api.json(phone).getJsonArray("errors").getJsonObject(0).getString("field"));
        var form = api.postForm("api/v1/referrals", Api.fields("referrerName", "Jane", "referrerEmail", referrer,
                "colleagueName", "www.evil.example", "colleagueEmail", colleague, "permissionConfirmed", "true",
                "ageConfirmed", "true"));
        assertEquals(400, form.statusCode(), form.body());
        assertEquals(List.of(), Tables.holding(colleague), "nothing kept of a refused referral");
    }

    @Test
    @DisplayName("R6, R8: past the daily cap of colleagues per referrer address nothing is kept or sent, and the answer is the same")
    void theDailyCapPerReferrerHolds() {
        String referrer = Api.unique("busy") + "@example.com";
        var colleagues = new ArrayList<String>();
        for (int i = 0; i < 11; i++) {
            colleagues.add(Api.unique("c" + i) + "@example.com");
        }
        for (int post = 0; post < 2; post++) {
            var answer = api.postJson("api/v1/referrals", referral(referrer,
                    colleagues.subList(post * 5, post * 5 + 5).toArray(String[]::new)));
            assertEquals(202, answer.statusCode(), answer.body());
        }
        var over = api.postJson("api/v1/referrals", referral(referrer, colleagues.get(10)));
        assertEquals(202, over.statusCode(), "the cap is not revealed");
        assertAccepted(1, over);
        mailbox.await(referrer, 2, DELIVERY);
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(2, mailbox.to(referrer).size(), "no confirmation request past the cap");
        assertEquals(List.of(), Tables.holding(colleagues.get(10)), "nothing kept past the cap");
        assertFalse(Tables.holding(colleagues.get(9)).isEmpty(), "the ten within the cap wait for the referrer");
    }

    @Test
    @DisplayName("R6, R7, R10: an unconfirmed referral expires with its colleague's data and uses up no invitation")
    void anUnconfirmedReferralExpiresAndBurnsNothing() {
        String stranger = Api.unique("victim") + "@example.com";
        String colleague = Api.unique("target") + "@example.com";
        String name = uniqueName("Dr.");
        assertEquals(202, api.postJson("api/v1/referrals", referral(stranger, colleague)
                .replace("Dr. Sam Lee", name)).statusCode());
        String staleToken = confirmToken(confirmationMail(stranger, 1));
        assertFalse(Tables.holding(colleague).isEmpty(), "kept while the link works");

        // The link's time runs out (as LEADS_REFERRAL_CONFIRM_HOURS would have it two days later).
        assertEquals(1, Tables.update("update referrals set confirm_by = created_at - interval '1' hour where id = "
                + "(select referral_id from pending_colleagues where email = ?)", colleague));
        Mailbox.until(DELIVERY, () -> Tables.holding(colleague).isEmpty() && Tables.holding(name).isEmpty(),
                "the expired referral's colleague data to be deleted");
        var late = confirm(api, staleToken);
        assertEquals(410, late.statusCode(), late.body());
        api.awaitDispatcherRounds(3, DELIVERY);
        assertTrue(mailbox.to(colleague).isEmpty(), "the unconfirmed referral sent nothing");

        String genuine = Api.unique("friend") + "@example.com";
        referAndConfirm(referral(genuine, colleague), genuine);
        mailbox.await(colleague, 1, DELIVERY);
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(1, mailbox.to(colleague).size(), "the genuine referral's one invitation");
    }

    /** The referrer's confirmation mail for the newest referral from {@code referrer}. */
    MimeMessage confirmationMail(String referrer, int nth) {
        var mail = mailbox.await(referrer, nth, DELIVERY).get(nth - 1);
        assertEquals("Confirm your referral to Psynergy Billing", Mailbox.header(mail, "Subject"));
        return mail;
    }

    static String confirmToken(MimeMessage confirmation) {
        String html = Mailbox.part(confirmation, "text/html");
        String link = Mailbox.links(html).stream().filter(l -> l.contains("/referrals/confirm?token="))
                .findFirst().orElseThrow(() -> new AssertionError("no confirmation link in " + html));
        assertTrue(link.startsWith("http://leads.test/referrals/confirm?token="), link);
        return link.substring(link.indexOf("token=") + 6);
    }

    /** R8: a fresh referrer confirms their one referral through the link mailed to them (for other classes). */
    static void confirmByMail(Api api, Mailbox mailbox, String referrer) {
        var token = confirmToken(mailbox.await(referrer, 1, DELIVERY).get(0));
        var answer = api.postJson("api/v1/referral-confirmations", "{\"token\":\"" + token + "\"}");
        assertEquals(202, answer.statusCode(), answer.body());
    }

    /** R8: the referrer follows the link mailed to them and presses the page's button. */
    HttpResponse<String> confirm(Api node, String token) {
        return node.postJson("api/v1/referral-confirmations", "{\"token\":\"" + token + "\"}");
    }

    void referAndConfirm(String body, String referrer) {
        int before = mailbox.to(referrer).size();
        assertEquals(202, api.postJson("api/v1/referrals", body).statusCode());
        var answer = confirm(api, confirmToken(confirmationMail(referrer, before + 1)));
        assertEquals(202, answer.statusCode(), answer.body());
    }

    /** A name of letters only: Api.unique's hex could hold a run of digits that looks like a phone number. */
    static String uniqueName(String first) {
        var letters = new StringBuilder(first).append(' ');
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return letters.toString();
    }

    /** The removal job has carried out every recorded removal (it runs every second or two). */
    static void awaitRemovalsCarriedOut() {
        Mailbox.until(DELIVERY, () -> "0".equals(Tables.value("select count(*) from referral_removal_requests"
                + " where id <> ?", "")), "the removal job");
    }

    private long auditEntries(String[] officer) {
        return Api.json(api.get("api/v1/audit/chain", officer)).getJsonNumber("entries").longValue();
    }

    static String referral(String referrerEmail, String... colleagueEmails) {
        var colleagues = new StringBuilder();
        for (String email : colleagueEmails) {
            colleagues.append(colleagues.length() == 0 ? "" : ",")
                    .append("{\"name\":\"Dr. Sam Lee\",\"email\":\"").append(email).append("\"}");
        }
        return "{\"referrerName\":\"Dr. Jane Doe\",\"referrerEmail\":\"" + referrerEmail + "\",\"colleagues\":["
                + colleagues + "],\"permissionConfirmed\":true,\"ageConfirmed\":true}";
    }

    @Test
    @DisplayName("R7, R9: the answer is the same whatever became of each colleague, known, new or removed")
    void theAnswerRevealsNothingAboutTheColleagues() {
        String known = Api.unique("known") + "@example.com";
        String removed = Api.unique("removed") + "@example.com";
        String referrer = Api.unique("r") + "@example.com";
        var first = api.postJson("api/v1/referrals", referral(referrer, known));
        assertEquals(202, first.statusCode(), first.body());
        assertEquals(1, Api.json(first).getInt("accepted"));
        assertEquals(202, confirm(api, confirmToken(confirmationMail(referrer, 1))).statusCode());
        assertEquals(202, api.postJson("api/v1/referral-removals", "{\"email\":\"" + removed + "\"}").statusCode());

        var again = api.postJson("api/v1/referrals", referral(Api.unique("r") + "@example.com", known, removed,
                Api.unique("new") + "@example.com"));
        assertEquals(202, again.statusCode());
        assertAccepted(3, again);
    }

    @Test
    @DisplayName("R9, R11, R14, R16: a stranger's removal of a lead's address bars only invitations: the lead stays in "
            + "the campaign audience and in a consented partner export; the link mailed to the address then applies "
            + "what its page offers and the owner ticks, and nothing else")
    void aStrangersRemovalBarsOnlyInvitations() {
        String since = Instant.now().minusSeconds(1).toString();
        String marketer = Api.unique("marketer").toLowerCase();
        String[] asMarketing = Api.as(marketer, api.staff(marketer, "marketing"));
        String lead = Api.unique("lead") + "@example.com";
        var demo = api.postJson("api/v1/demo-requests", "{\"fullName\":\"Lee Lead\",\"email\":\"" + lead
                + "\",\"ageConfirmed\":true,\"partnerSharingConsent\":true}");
        assertEquals(201, demo.statusCode(), demo.body());
        var created = api.postJson("api/v1/campaigns", "{\"name\":\"" + Api.unique("campaign") + "\",\"subject\":"
                + "\"News\",\"textBody\":\"Hello {{fullName}}\",\"audience\":{\"sources\":[\"DEMO_REQUEST\"],"
                + "\"collectedSince\":\"" + since + "\"}}", asMarketing);
        assertEquals(201, created.statusCode(), created.body());
        String audience = "api/v1/campaigns/" + Api.json(created).getString("id") + "/audience";
        assertEquals(1, Api.json(api.get(audience, asMarketing)).getInt("eligible"));
        String partner = partner();
        assertTrue(exported(partner).contains(lead));

        // Anyone may post anyone's address: answered at once, carried out by the job.
        assertEquals(202, api.postJson("api/v1/referral-removals", "{\"email\":\"" + lead + "\"}").statusCode());
        awaitRemovalsCarriedOut();
        var letter = mailbox.await(lead, 1, DELIVERY).get(0);
        assertEquals("Your address was removed from referral invitations", Mailbox.header(letter, "Subject"));
        assertEquals("1", Tables.value("select count(*) from audit_entries where action = 'REFERRAL_REMOVED' and subject ="
                + " (select address_hash from people where email = ?)", lead), "the removal is audited");
        var counts = Api.json(api.get(audience, asMarketing));
        assertEquals(1, counts.getInt("eligible"), "still in the audience: " + counts);
        assertTrue(exported(partner).contains(lead), "still exported: their consent stands");
        assertEquals(202, api.postJson("api/v1/referrals", referral(Api.unique("r") + "@example.com", lead)).statusCode());
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(1, mailbox.to(lead).size(), "never invited: only the letter came");

        String text = Mailbox.part(letter, "text/plain");
        var link = Pattern.compile("http://leads\\.test(/referrals/removal-confirm\\?token=[A-Za-z0-9.-]+)")
                .matcher(text);
        assertTrue(link.find(), text);
        String path = link.group(1).substring(1);
        var page = api.get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"noPromotions\"") && page.body().contains("No more promotional email"),
                page.body());
        assertTrue(page.body().contains("name=\"noSaleOrSharing\"") && page.body().contains("never go to a business partner"),
                page.body());
        assertEquals(1, Api.json(api.get(audience, asMarketing)).getInt("eligible"), "opening the page changes nothing");

        var confirmed = api.postForm(path, Api.fields("noPromotions", "yes"));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("no more promotional email"), confirmed.body());
        assertFalse(confirmed.body().contains("never sell or share"), confirmed.body());
        var after = Api.json(api.get(audience, asMarketing));
        assertEquals(0, after.getInt("eligible"), after.toString());
        assertEquals(1, after.getJsonObject("excluded").getInt("UNSUBSCRIBED"), after.toString());
        assertTrue(exported(partner).contains(lead), "sharing was not ticked, so it stands");
        assertEquals(400, api.postForm("referrals/removal-confirm?token=" + "0".repeat(36) + "." + "c".repeat(64),
                Api.fields("noPromotions", "yes")).statusCode(), "a forged link does nothing");
    }

    private String partner() {
        var created = api.postJson("api/v1/partners", "{\"name\":\"" + Api.unique("Partner") + "\"}", Api.admin());
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getString("id");
    }

    /** The addresses of every page of a JSON export to {@code partner}. */
    private List<String> exported(String partner) {
        var emails = new ArrayList<String>();
        String cursor = null;
        do {
            var answer = api.send(api.request("api/v1/partners/" + partner + "/exports?limit=1000"
                            + (cursor == null ? "" : "&cursor=" + cursor)).headers(Api.admin())
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, answer.statusCode(), answer.body());
            var page = Api.json(answer);
            page.getJsonArray("people").forEach(p -> emails.add(p.asJsonObject().getString("email")));
            cursor = page.getString("nextCursor", null);
        } while (cursor != null);
        return emails;
    }

    @Test
    @DisplayName("R8: a referral without the referrer's confirmation of permission is refused and stores nothing")
    void permissionIsRequired() {
        String body = referral(Api.unique("r") + "@example.com", Api.unique("c") + "@example.com")
                .replace("\"permissionConfirmed\":true", "\"permissionConfirmed\":false");
        var refused = api.postJson("api/v1/referrals", body);
        assertEquals(400, refused.statusCode());
        assertEquals("permissionConfirmed", Api.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    @DisplayName("R9: removal answers 202 alike for a known address, an unknown one and a forged token")
    void removalAnswersAlike() {
        String known = Api.unique("known") + "@example.com";
        api.postJson("api/v1/referrals", referral(Api.unique("r") + "@example.com", known));
        var answers = List.of(
                api.postJson("api/v1/referral-removals", "{\"email\":\"" + known + "\"}"),
                api.postJson("api/v1/referral-removals", "{\"email\":\"" + Api.unique("stranger") + "@example.com\"}"),
                api.postJson("api/v1/referral-removals", "{\"token\":\"" + "0".repeat(36) + "." + "a".repeat(64) + "\"}"));
        for (HttpResponse<String> answer : answers) {
            assertEquals(202, answer.statusCode());
            assertEquals(answers.get(0).body(), answer.body());
        }
        assertEquals(400, api.postJson("api/v1/referral-removals", "{}").statusCode());
        var browser = api.postForm("api/v1/referral-removals", Api.fields("email", known), "Accept", "text/html");
        assertEquals(303, browser.statusCode());
        assertEquals("http://leads.test/referrals/removed", browser.headers().firstValue("Location").orElseThrow());
    }

    @Test
    @DisplayName("R9: the removal page changes nothing on GET and posts to the removal endpoint from its button")
    void theRemovalPageChangesNothingOnGet() {
        var page = api.get("referrals/remove?token=" + "0".repeat(36) + "." + "b".repeat(64));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("action=\"/api/v1/referral-removals\""), page.body());
        assertTrue(page.body().contains("name=\"token\""));
        var hostile = api.get("referrals/remove?token=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(200, hostile.statusCode());
        assertFalse(hostile.body().contains("<script>"), "nothing echoed unescaped");
        assertTrue(api.get("referrals/removed").body().contains("removed"));
    }

    @Test
    @DisplayName("R6: neither a referred colleague nor a referrer appears among the leads sales sees")
    void referralsAreNoLeads() {
        String sales = Api.unique("sales").toLowerCase();
        String[] asSales = Api.as(sales, api.staff(sales, "sales"));
        String referrer = Api.unique("referrer") + "@example.com";
        String colleague = Api.unique("colleague") + "@example.com";
        String since = URLEncoder.encode(Instant.now().minusSeconds(5).toString(), StandardCharsets.UTF_8);
        assertEquals(202, api.postJson("api/v1/referrals", referral(referrer, colleague)).statusCode());
        String list = api.get("api/v1/demo-requests?limit=200&since=" + since, asSales).body();
        String csv = api.get("api/v1/demo-requests/export.csv?since=" + since, asSales).body();
        for (String address : List.of(referrer, colleague)) {
            assertFalse(list.contains(address), address + " is no lead");
            assertFalse(csv.contains(address), address + " is in no export");
        }
    }

    /**
     * Posts {@code count} referrals from fresh referrers, each from a client address of its own (the
     * intake's rate is per address), spread over {@code nodes}; returns the referrers.
     */
    static List<String> referConcurrently(List<URL> nodes, int count, String... colleagues) throws Exception {
        var referrers = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            referrers.add(Api.unique("r") + "@example.com");
        }
        var calls = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < count; i++) {
            var node = new Api(nodes.get(i % nodes.size()));
            String referrer = referrers.get(i);
            calls.add(() -> node.postJson("api/v1/referrals", referral(referrer, colleagues)));
        }
        for (var answer : invokeAll(calls)) {
            assertEquals(202, answer.statusCode(), answer.body());
            assertAccepted(colleagues.length, answer);
        }
        return referrers;
    }

    /** Every referrer confirms at once, spread over {@code nodes}. */
    void confirmConcurrently(List<URL> nodes, List<String> referrers) throws Exception {
        var calls = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < referrers.size(); i++) {
            var node = new Api(nodes.get(i % nodes.size()));
            String token = confirmToken(confirmationMail(referrers.get(i), 1));
            calls.add(() -> confirm(node, token));
        }
        for (var answer : invokeAll(calls)) {
            assertEquals(202, answer.statusCode(), answer.body());
        }
    }

    static List<HttpResponse<String>> invokeAll(List<Callable<HttpResponse<String>>> calls) throws Exception {
        var pool = Executors.newFixedThreadPool(10);
        try {
            var answers = new ArrayList<HttpResponse<String>>();
            for (var answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R7, R25: two nodes on one database queue one invitation per address, however often it is referred and "
            + "confirmed; a token revoked or a user disabled on one node is refused at once by the other")
    void twoNodesInviteEachAddressOnce() throws Exception {
        String url = System.getenv("LEADS_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "several nodes need a shared database server: this runs on PostgreSQL (the H2 file is one node's)");
        var addresses = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            addresses.add(Api.unique("twice") + "@example.com");
        }
        try (var second = SecondNode.start()) {
            refusedAtOnceOnTheOtherNode(api, new Api(second.url()));
            var nodes = List.of(base, second.url());
            var referrers = referConcurrently(nodes, 20, addresses.toArray(String[]::new));
            confirmConcurrently(nodes, referrers);
            // Both nodes' dispatchers run meanwhile; a node stopped mid-send would leave its message UNKNOWN.
            for (String address : addresses) {
                mailbox.await(address, 1, DELIVERY);
            }
            api.awaitDispatcherRounds(5, DELIVERY);
            new Api(second.url()).awaitDispatcherRounds(5, DELIVERY);
        }
        for (String address : addresses) {
            assertEquals(1, mailbox.to(address).size(), "one invitation for " + address);
        }
    }

    @Test
    @DisplayName("R25: two nodes clustered over Hazelcast share one client's rate limit (posts spread over both are refused "
            + "once it is spent) and refuse at once a token revoked or a user disabled on the other")
    void twoClusteredNodesShareRateLimitsAndRevocations() throws Exception {
        String url = System.getenv("LEADS_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "several nodes need a shared database server: this runs on PostgreSQL (the H2 file is one node's)");
        var nodes = SecondNode.clustered(2);
        try {
            var one = new Api(nodes.get(0).url());
            var two = new Api(nodes.get(1).url());
            // Alone, a node counts in its own memory: 2 x the rate would pass. Clustered, the cache counts once.
            int rate = Integer.parseInt(System.getenv().getOrDefault("LEADS_INTAKE_RATE", "30"));
            String client = "192.0.2." + (1 + new java.security.SecureRandom().nextInt(254));
            for (int i = 0; i < rate; i++) {
                var refused = malformedPost(i % 2 == 0 ? one : two, client);
                assertEquals(400, refused.statusCode(), "post " + (i + 1) + " of " + rate + ": " + refused.body());
            }
            for (Api node : List.of(one, two)) {
                var limited = malformedPost(node, client);
                assertEquals(429, limited.statusCode(), "the shared limit is spent on both nodes: " + limited.body());
                assertTrue(limited.headers().firstValue("Retry-After").isPresent());
            }
            assertEquals(400, malformedPost(two, "192.0.2.255").statusCode(), "another client is not limited");
            for (SecondNode node : nodes) {
                assertTrue(node.log().contains("Rate limits are counted in the cluster's cache."),
                        "each node counts in the cluster's cache, not alone");
            }
            // Issue 15: a text log line written while serving a request carries that request's id.
            String id = Api.unique("refused");
            two.send(two.request("api/v1/demo-requests").header("Content-Type", "application/json")
                    .header(RequestIds.HEADER, id).POST(HttpRequest.BodyPublishers.ofString("{")));
            Mailbox.until(DELIVERY, () -> nodes.get(1).log().contains("[requestId=" + id + "] Refused the body of POST"),
                    "the refusal's log line with its request id");
            refusedAtOnceOnTheOtherNode(one, two);
            refusedAtOnceOnTheOtherNode(two, one);
        } finally {
            nodes.forEach(SecondNode::close);
        }
    }

    /** A body this service refuses unread (malformed JSON): it costs the client one hit on its rate, nothing else. */
    private static HttpResponse<String> malformedPost(Api node, String client) {
        return node.send(node.request("api/v1/demo-requests").header("Content-Type", "application/json")
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString("{\"fullName\":")));
    }

    /** Issue #12: a revoked token or a disabled user is refused at once on every node (no per-node cache lets it in). */
    private static void refusedAtOnceOnTheOtherNode(Api api, Api other) {
        String name = Api.unique("node").toLowerCase();
        String[] basic = Api.as(name, api.staff(name, "sales"));
        var issued = Api.json(api.postJson("api/v1/staff/" + name + "/tokens", "{}", Api.admin()));
        String[] bearer = {"Authorization", "Bearer " + issued.getString("token")};
        assertEquals(200, other.get("api/v1/demo-requests?limit=1", bearer).statusCode());
        assertEquals(200, other.get("api/v1/demo-requests?limit=1", basic).statusCode());
        assertEquals(204, api.send(api.request("api/v1/staff/" + name + "/tokens/" + issued.getString("id")).DELETE()
                .headers(Api.admin())).statusCode());
        assertEquals(401, other.get("api/v1/demo-requests?limit=1", bearer).statusCode(),
                "a token revoked on one node is refused by the other at once");
        var disabled = api.send(api.request("api/v1/staff/" + name).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"disabled\":true}")).headers(Api.admin()));
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals(401, other.get("api/v1/demo-requests?limit=1", basic).statusCode(),
                "a user disabled on one node is refused by the other at once");
    }

    @Test
    @DisplayName("R7: twenty concurrent referrals of one address, all confirmed at once, send one invitation")
    void concurrentReferralsOfOneAddress() throws Exception {
        String colleague = Api.unique("popular") + "@example.com";
        var nodes = List.of(base);
        confirmConcurrently(nodes, referConcurrently(nodes, 20, colleague));
        mailbox.await(colleague, 1, DELIVERY);
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(1, mailbox.to(colleague).size(), "one invitation, ever");
    }

    /**
     * The answer to a referral says how many colleagues it took and that the referrer confirms by mail,
     * and links the referrer's own receipt: nothing about whether a colleague was known, removed or capped.
     */
    private static void assertAccepted(int accepted, HttpResponse<String> answer) {
        var json = Api.json(answer);
        assertEquals(java.util.Set.of("accepted", "confirmation", "receipt"), json.keySet(), answer.body());
        assertEquals(accepted, json.getInt("accepted"), answer.body());
        assertEquals("EMAILED_TO_REFERRER", json.getString("confirmation"));
        assertTrue(json.getString("receipt").startsWith("http://leads.test/receipts/"), answer.body());
    }
}
