package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
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

/** Mail through the outbox, read where it lands: GreenMail's SMTP server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    static final Duration DELIVERY = Duration.ofSeconds(30);
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

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

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
}
