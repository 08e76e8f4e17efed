package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
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

/** Webinars from marketing's creation through the public sign-up to the confirmation in the mailbox. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebinarsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

    static final Duration DELIVERY = Duration.ofSeconds(60);
    static final String POSTAL = "Psynergy Billing LLC, 2621 Montega Drive, Suite E, Springfield, IL 62704";
    static Mailbox mailbox;

    Api api;
    String[] asMarketing;

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
        String marketer = Api.unique("marketer").toLowerCase();
        asMarketing = Api.as(marketer, api.staff(marketer, "marketing"));
    }

    @Test
    @DisplayName("R1: a registration by JSON and one by HTML form are stored, and each gets one escaped confirmation")
    void registrationsAreStoredAndConfirmed() {
        String title = Api.unique("Claims & <Denials>");
        Instant startsAt = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String webinar = create(title, startsAt.toString());
        String byJson = Api.unique("json") + "@example.com";
        String byForm = Api.unique("form") + "@example.com";

        var json = api.postJson("api/v1/webinar-registrations", registration(webinar, byJson));
        assertEquals(201, json.statusCode(), json.body());
        assertEquals("REGISTERED", Api.json(json).getString("status"));
        var form = api.postForm("api/v1/webinar-registrations", Api.fields("webinarId", webinar,
                "fullName", "Dr. Sam Lee", "email", byForm, "organization", "Lee Cardiology", "ageConfirmed", "on"),
                "Accept", "text/html");
        assertEquals(303, form.statusCode(), form.body());
        String thankYou = form.headers().firstValue("Location").orElseThrow();
        assertTrue(thankYou.startsWith("http://leads.test/thank-you?receipt="), "with the receipt: " + thankYou);
        assertTrue(form.headers().firstValue("Link").orElseThrow().contains("/receipts/"));

        var registrants = registrants(webinar);
        assertEquals(2, registrants.size(), registrants.toString());
        var first = registrants.getJsonObject(0);
        assertEquals(Api.json(json).getString("id"), first.getString("registrationId"));
        assertEquals(byJson, first.getString("email"));
        assertEquals("Dr. Jane Doe", first.getString("fullName"));
        assertEquals(byForm, registrants.getJsonObject(1).getString("email"));
        assertEquals("Lee Cardiology", registrants.getJsonObject(1).getString("organization"));

        var confirmation = mailbox.await(byJson, 1, DELIVERY).get(0);
        assertEquals("Psynergy Billing <no-reply@psynergybilling.com>", Mailbox.header(confirmation, "From"));
        assertEquals(byJson, Mailbox.header(confirmation, "To"));
        assertEquals("You're registered: " + title, Mailbox.header(confirmation, "Subject"));
        String html = Mailbox.part(confirmation, "text/html");
        assertTrue(html.contains(title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")), html);
        assertFalse(html.contains("<Denials>"), "the title is escaped in HTML");
        String text = Mailbox.part(confirmation, "text/plain");
        assertTrue(text.contains(title), text);
        String when = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm 'UTC'", java.util.Locale.ENGLISH)
                .withZone(java.time.ZoneOffset.UTC).format(startsAt);
        for (String body : List.of(html, text)) {
            assertTrue(body.contains(when), "the start in UTC: " + body);
            assertTrue(body.contains(POSTAL), "the postal address: " + body);
            assertFalse(body.toLowerCase().contains("unsubscribe"), "a confirmation is no promotion");
        }
        assertEquals(1, mailbox.await(byForm, 1, DELIVERY).size());
    }

    @Test
    @DisplayName("A second registration of the same address is not a second row and gets no second confirmation")
    void aSecondRegistrationChangesNothing() {
        String webinar = create(Api.unique("Twice"), Instant.now().plus(3, ChronoUnit.DAYS).toString());
        String email = Api.unique("twice") + "@example.com";
        var first = api.postJson("api/v1/webinar-registrations", registration(webinar, email));
        assertEquals(201, first.statusCode(), first.body());
        mailbox.await(email, 1, DELIVERY);

        var again = api.postJson("api/v1/webinar-registrations",
                registration(webinar, email.toUpperCase()).replace("Dr. Jane Doe", "Jane Doe"));
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(Api.json(first).getString("id"), Api.json(again).getString("id"), "the first registration's id");
        assertEquals("REGISTERED", Api.json(again).getString("status"));
        // The receipt describes this post, never the earlier one: its time would tell that the address had registered.
        assertNotEquals(Api.json(first).getString("receipt"), Api.json(again).getString("receipt"));
        assertEquals(200, api.get(Api.pathOf(Api.json(again).getString("receipt"))).statusCode(), "a receipt all the same");
        var form = api.postForm("api/v1/webinar-registrations", Api.fields("webinarId", webinar, "fullName", "J D",
                "email", email, "ageConfirmed", "true"));
        assertEquals(201, form.statusCode(), form.body());

        assertEquals(1, registrants(webinar).size(), "one row for one address");
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(1, mailbox.to(email).size(), "one confirmation");

        String other = create(Api.unique("Another"), Instant.now().plus(4, ChronoUnit.DAYS).toString());
        assertEquals(201, api.postJson("api/v1/webinar-registrations", registration(other, email)).statusCode());
        assertEquals(2, mailbox.await(email, 2, DELIVERY).size(), "another webinar is another registration");
    }

    @Test
    @DisplayName("Eight concurrent sign-ups of one address make one registration and one confirmation")
    void concurrentSignUpsOfOneAddress() throws Exception {
        String webinar = create(Api.unique("Busy"), Instant.now().plus(7, ChronoUnit.DAYS).toString());
        String email = Api.unique("eager") + "@example.com";
        var pool = Executors.newFixedThreadPool(8);
        try {
            var calls = new ArrayList<Callable<HttpResponse<String>>>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> new Api(base).postJson("api/v1/webinar-registrations", registration(webinar, email)));
            }
            var ids = new HashSet<String>();
            for (var answer : pool.invokeAll(calls)) {
                assertEquals(201, answer.get().statusCode(), answer.get().body());
                ids.add(Api.json(answer.get()).getString("id"));
            }
            assertEquals(1, ids.size(), "every answer names the one registration: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, registrants(webinar).size());
        mailbox.await(email, 1, DELIVERY);
        api.awaitDispatcherRounds(5, DELIVERY);
        assertEquals(1, mailbox.to(email).size(), "one confirmation");
    }

    @Test
    @DisplayName("Marketing creates upcoming webinars only; the public list shows upcoming ones, soonest first")
    void marketingCreatesAndThePublicListsUpcoming() throws Exception {
        Instant now = Instant.now();
        String later = create(Api.unique("Later"), now.plus(30, ChronoUnit.DAYS).toString());
        String sooner = create(Api.unique("Sooner"), now.plus(20, ChronoUnit.DAYS).toString());
        String starting = create(Api.unique("Starting"), now.plus(2, ChronoUnit.SECONDS).toString());

        for (String body : List.of("{\"title\":\"Past\",\"startsAt\":\"2020-01-01T00:00:00Z\"}",
                "{\"title\":\"Local\",\"startsAt\":\"2030-01-01T10:00:00\"}", "{\"title\":\"No start\"}")) {
            var refused = api.postJson("api/v1/webinars", body, asMarketing);
            assertEquals(400, refused.statusCode(), body);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("startsAt", Api.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        var untitled = api.postJson("api/v1/webinars", "{\"title\":\"two\\nlines\",\"startsAt\":\"2030-01-01T10:00:00Z\"}",
                asMarketing);
        assertEquals(400, untitled.statusCode());
        assertEquals("title", Api.json(untitled).getJsonArray("errors").getJsonObject(0).getString("field"));

        Mailbox.until(Duration.ofSeconds(10), () -> Instant.now().isAfter(now.plusSeconds(3)), "the start to pass");
        var list = api.get("api/v1/webinars");
        assertEquals(200, list.statusCode());
        var ids = Api.parse(list.body()).asJsonArray().stream().map(JsonObject.class::cast)
                .map(w -> w.getString("id")).toList();
        assertTrue(ids.indexOf(sooner) >= 0 && ids.indexOf(sooner) < ids.indexOf(later), ids.toString());
        assertFalse(ids.contains(starting), "a started webinar is no longer listed");
        var shown = Api.parse(list.body()).asJsonArray().stream().map(JsonObject.class::cast)
                .filter(w -> w.getString("id").equals(sooner)).findFirst().orElseThrow();
        assertTrue(shown.getString("startsAt").endsWith("Z"), "UTC: " + shown);
        assertEquals(3, shown.size(), "id, title and startsAt only: " + shown);

        var late = api.postJson("api/v1/webinar-registrations", registration(starting, Api.unique("late") + "@example.com"));
        assertEquals(400, late.statusCode(), late.body());
        assertEquals("webinarId", Api.json(late).getJsonArray("errors").getJsonObject(0).getString("field"));
        var unknown = api.postJson("api/v1/webinar-registrations",
                registration("00000000-0000-0000-0000-000000000000", Api.unique("lost") + "@example.com"));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("webinarId", Api.json(unknown).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertFalse(unknown.body().contains("@example.com"), "nothing about people in a refusal");
        assertEquals(0, registrants(starting).size());
    }

    @Test
    @DisplayName("R4: a webinar sign-up without the confirmation of being 18 or older is refused and stores nothing")
    void ageConfirmationIsRequired() {
        String webinar = create(Api.unique("Adults"), Instant.now().plus(5, ChronoUnit.DAYS).toString());
        String email = Api.unique("young") + "@example.com";
        for (String body : List.of(registration(webinar, email).replace("\"ageConfirmed\":true", "\"ageConfirmed\":false"),
                registration(webinar, email).replace(",\"ageConfirmed\":true", ""))) {
            var refused = api.postJson("api/v1/webinar-registrations", body);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("ageConfirmed", Api.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(0, registrants(webinar).size());
        api.awaitDispatcherRounds(2, DELIVERY);
        assertTrue(mailbox.to(email).isEmpty());
    }

    @Test
    @DisplayName("R26: only marketing creates webinars and lists registrants; each registrant shown is audited")
    void onlyMarketingSeesRegistrants() {
        String webinar = create(Api.unique("Private"), Instant.now().plus(6, ChronoUnit.DAYS).toString());
        assertEquals(201, api.postJson("api/v1/webinar-registrations",
                registration(webinar, Api.unique("seen") + "@example.com")).statusCode());
        String sales = Api.unique("sales").toLowerCase();
        String[] asSales = Api.as(sales, api.staff(sales, "sales"));
        String path = "api/v1/webinars/" + webinar + "/registrations";
        assertEquals(401, api.get(path).statusCode());
        assertEquals(403, api.get(path, asSales).statusCode());
        String create = "{\"title\":\"Nope\",\"startsAt\":\"2030-01-01T10:00:00Z\"}";
        assertEquals(401, api.postJson("api/v1/webinars", create).statusCode());
        assertEquals(403, api.postJson("api/v1/webinars", create, asSales).statusCode());
        assertEquals(404, api.get("api/v1/webinars/" + "0".repeat(36) + "/registrations", asMarketing).statusCode());

        String officer = Api.unique("officer").toLowerCase();
        String[] asOfficer = Api.as(officer, api.staff(officer, "privacy"));
        long before = Api.json(api.get("api/v1/audit/chain", asOfficer)).getJsonNumber("entries").longValue();
        assertEquals(1, registrants(webinar).size());
        long after = Api.json(api.get("api/v1/audit/chain", asOfficer)).getJsonNumber("entries").longValue();
        assertTrue(after >= before + 1, "the read of a registrant is audited: " + before + " -> " + after);
    }

    @Test
    void theOpenApiDocumentListsTheWebinarPaths() {
        var doc = Api.json(api.get("openapi", "Accept", "application/json"));
        var paths = doc.getJsonObject("paths");
        for (String path : List.of("/api/v1/webinars", "/api/v1/webinars/{id}/registrations",
                "/api/v1/webinar-registrations")) {
            assertTrue(paths.containsKey(path), "OpenAPI lacks " + path);
        }
        var content = paths.getJsonObject("/api/v1/webinar-registrations").getJsonObject("post")
                .getJsonObject("requestBody").getJsonObject("content");
        assertTrue(content.containsKey("application/json") && content.containsKey("application/x-www-form-urlencoded"),
                content.toString());
        assertNotNull(doc.getJsonObject("components").getJsonObject("schemas").get("WebinarRegistrationForm"));
    }

    private String create(String title, String startsAt) {
        var body = Json.createObjectBuilder().add("title", title).add("startsAt", startsAt).build().toString();
        HttpResponse<String> created = api.postJson("api/v1/webinars", body, asMarketing);
        assertEquals(201, created.statusCode(), created.body());
        var webinar = Api.json(created);
        assertEquals(title, webinar.getString("title"));
        return webinar.getString("id");
    }

    private JsonArray registrants(String webinar) {
        var answer = api.get("api/v1/webinars/" + webinar + "/registrations", asMarketing);
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.parse(answer.body()).asJsonArray();
    }

    static String registration(String webinarId, String email) {
        return Json.createObjectBuilder().add("webinarId", webinarId).add("fullName", "Dr. Jane Doe")
                .add("email", email).add("organization", "Springfield Family Practice").add("ageConfirmed", true)
                .build().toString();
    }
}
