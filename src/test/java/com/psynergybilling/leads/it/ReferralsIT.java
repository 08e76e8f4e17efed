package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        String body = referral(Api.unique("r") + "@example.com", colleague)
                .replace("Dr. Jane Doe", "Dr. Jane O'Brien & Partners");
        assertEquals(202, api.postJson("api/v1/referrals", body).statusCode());

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

        assertEquals(202, api.postJson("api/v1/referrals", referral(Api.unique("r") + "@example.com", colleague))
                .statusCode());
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
        assertEquals(202, api.postJson("api/v1/referrals", referral(referrer, colleague)).statusCode());
        api.awaitDispatcherRounds(5, DELIVERY);
        assertTrue(mailbox.to(colleague).isEmpty());
        assertTrue(mailbox.to(referrer).isEmpty(), "a referrer gets no mail from their referral");
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
        var first = api.postJson("api/v1/referrals", referral(Api.unique("r") + "@example.com", known));
        assertEquals(202, first.statusCode(), first.body());
        assertEquals(1, Api.json(first).getInt("accepted"));
        assertEquals(202, api.postJson("api/v1/referral-removals", "{\"email\":\"" + removed + "\"}").statusCode());

        var again = api.postJson("api/v1/referrals", referral(Api.unique("r") + "@example.com", known, removed,
                Api.unique("new") + "@example.com"));
        assertEquals(202, again.statusCode());
        assertEquals("{\"accepted\":3}", again.body());
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

    @Test
    @DisplayName("R7: two nodes on one database queue one invitation per address, however it is referred")
    void twoNodesInviteEachAddressOnce() throws Exception {
        String url = System.getenv("LEADS_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "several nodes need a shared database server: this runs on PostgreSQL (the H2 file is one node's)");
        var addresses = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            addresses.add(Api.unique("twice") + "@example.com");
        }
        try (var second = SecondNode.start()) {
            var nodes = List.of(new Api(base), new Api(second.url()));
            var pool = Executors.newFixedThreadPool(10);
            try {
                var calls = new ArrayList<Callable<HttpResponse<String>>>();
                for (int i = 0; i < 20; i++) {
                    var node = nodes.get(i % 2);
                    calls.add(() -> node.postJson("api/v1/referrals", referral(Api.unique("r") + "@example.com",
                            addresses.toArray(String[]::new))));
                }
                for (var answer : pool.invokeAll(calls)) {
                    assertEquals(202, answer.get().statusCode(), answer.get().body());
                }
            } finally {
                pool.shutdownNow();
            }
            // Both nodes' dispatchers run meanwhile; a node stopped mid-send would leave its message UNKNOWN.
            for (String address : addresses) {
                mailbox.await(address, 1, DELIVERY);
            }
            api.awaitDispatcherRounds(5, DELIVERY);
            nodes.get(1).awaitDispatcherRounds(5, DELIVERY);
        }
        for (String address : addresses) {
            assertEquals(1, mailbox.to(address).size(), "one invitation for " + address);
        }
    }

    @Test
    @DisplayName("R7: twenty concurrent referrals of one address all succeed alike")
    void concurrentReferralsOfOneAddress() throws Exception {
        String colleague = Api.unique("popular") + "@example.com";
        var pool = Executors.newFixedThreadPool(10);
        try {
            var calls = new ArrayList<Callable<HttpResponse<String>>>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> new Api(base).postJson("api/v1/referrals",
                        referral(Api.unique("r") + "@example.com", colleague)));
            }
            for (var answer : pool.invokeAll(calls)) {
                assertEquals(202, answer.get().statusCode(), answer.get().body());
                assertEquals("{\"accepted\":1}", answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }
        mailbox.await(colleague, 1, DELIVERY);
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(1, mailbox.to(colleague).size(), "one invitation, ever");
    }
}
