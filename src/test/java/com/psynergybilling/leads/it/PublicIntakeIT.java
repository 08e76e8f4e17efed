package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.psynergybilling.leads.platform.control.RequestIds;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

/**
 * The public forms from the website to the staff who work them: demo requests from the form to the
 * sales user, the intake mechanism every public form shares against a hostile internet, webinars
 * from marketing's creation through the public sign-up to the confirmation in the mailbox, and
 * one-time referrals from the form to the colleague's removal. One Payara Micro serves the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicIntakeIT {

    static final Duration DELIVERY = Duration.ofSeconds(60);
    static final String POSTAL = "Psynergy Billing LLC, 2621 Montega Drive, Suite E, Springfield, IL 62704";
    static Mailbox mailbox;
    /** One sales user and one marketer for the class: each new staff user costs the service a slow password hash. */
    static String sales;
    static String salesPassword;
    static String[] asMarketing;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

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
        if (sales == null) {
            sales = Api.unique("sales").toLowerCase();
            salesPassword = api.staff(sales, "sales");
            String marketer = Api.unique("marketer").toLowerCase();
            asMarketing = Api.as(marketer, api.staff(marketer, "marketing"));
        }
    }

    private String[] asSales() {
        return Api.as(sales, salesPassword);
    }

    /* A demo request from the website's form to the sales user who works it. */

    private String submit(String json) {
        var response = api.postJson("api/v1/demo-requests", json);
        assertEquals(201, response.statusCode(), response.body());
        var body = Api.json(response);
        assertEquals("RECEIVED", body.getString("status"));
        return body.getString("id");
    }

    private JsonObject one(String id) {
        var response = api.get("api/v1/demo-requests/" + id, asSales());
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response);
    }

    @Test
    @DisplayName("R1: every stored request carries its source form, categories, purposes, policy version and time")
    void jsonRequestIsStoredWithItsCollectionRecord() {
        Instant before = Instant.now().minusSeconds(5);
        String email = Api.unique("Jane.Doe") + "@Example-Clinic.com";
        String id = submit("{\"fullName\":\"  Dr. Jane Doe \",\"email\":\"" + email + "\",\"phone\":\"+1 217 555 0100\","
                + "\"organization\":\"Springfield Family Practice\",\"practiceSpecialty\":\"Cardiology\","
                + "\"providerCount\":4,\"requestType\":\"PRICING\",\"productInterest\":\"Billing\","
                + "\"comments\":\"Line one\\nLine two\",\"ageConfirmed\":true,\"partnerSharingConsent\":true,"
                + "\"pageUrl\":\"https://psynergybilling.com/pricing\"}");

        var request = one(id);
        assertEquals("Dr. Jane Doe", request.getString("fullName"), "trimmed");
        assertEquals(email.toLowerCase(), request.getString("email"), "normalised address");
        assertEquals("PRICING", request.getString("requestType"));
        assertEquals("NEW", request.getString("status"));
        assertEquals("Line one\nLine two", request.getString("comments"));
        var collection = request.getJsonObject("collection");
        assertEquals("PRICING_REQUEST", collection.getString("sourceForm"));
        assertEquals("2024-06-30", collection.getString("policyVersion"));
        assertEquals(Set.of("BASIC_IDENTIFIERS", "PROFESSIONAL_INFORMATION", "COMMERCIAL_INFORMATION", "USER_CONTENT",
                "NETWORK_ACTIVITY"), stringSet(collection, "categories"));
        var purposes = stringSet(collection, "purposes");
        assertTrue(purposes.contains("PROVIDING_THE_SERVICE") && purposes.contains("WITH_CONSENT"), purposes.toString());
        Instant collected = Instant.parse(collection.getString("collectedAt"));
        assertTrue(collected.isAfter(before) && collected.isBefore(Instant.now().plusSeconds(5)));
    }

    @Test
    @DisplayName("R1: the categories recorded are those the submission actually holds")
    void minimalRequestRecordsOnlyItsCategories() {
        String id = submit("{\"fullName\":\"Min Imal\",\"email\":\"" + Api.unique("min") + "@example.com\","
                + "\"ageConfirmed\":true}");
        var collection = one(id).getJsonObject("collection");
        assertEquals("DEMO_REQUEST", collection.getString("sourceForm"));
        assertFalse(stringSet(collection, "categories").contains("USER_CONTENT"));
        assertFalse(stringSet(collection, "categories").contains("PROFESSIONAL_INFORMATION"));
        assertFalse(stringSet(collection, "purposes").contains("WITH_CONSENT"), "no consent, no consent purpose");
    }

    @Test
    @DisplayName("R2: sensitive data a lead form does not ask for (SSN, financial account) is never stored")
    void fieldsTheFormDoesNotAskForAreNeverStored() {
        String id = submit("{\"fullName\":\"Careful Person\",\"email\":\"" + Api.unique("r2") + "@example.com\","
                + "\"ageConfirmed\":true,\"ssn\":\"123-45-6789\",\"bankAccount\":\"DE89370400440532013000\","
                + "\"creditCard\":\"4111111111111111\"}");
        var request = one(id);
        String stored = request.toString();
        assertFalse(stored.contains("123-45-6789") || stored.contains("DE893704") || stored.contains("4111111111"),
                stored);
        assertTrue(Set.of("BASIC_IDENTIFIERS", "COMMERCIAL_INFORMATION", "PROFESSIONAL_INFORMATION", "USER_CONTENT",
                "NETWORK_ACTIVITY").containsAll(stringSet(request.getJsonObject("collection"), "categories")));
        var csv = api.get("api/v1/demo-requests/export.csv?since=" + enc(Instant.now().minusSeconds(10).toString()),
                asSales()).body();
        assertFalse(csv.contains("123-45-6789"));
    }

    @Test
    void htmlFormPostIsRedirectedToTheThankYouPage() {
        String email = Api.unique("form") + "@example.com";
        var response = api.postForm("api/v1/demo-requests", Api.fields("fullName", "Form Person", "email", email,
                        "ageConfirmed", "on", "requestType", "PRODUCT_INFO", "phone", "", "providerCount", "3"),
                "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("http://leads.test/thank-you?receipt="), location);
        String token = location.substring(location.indexOf("receipt=") + "receipt=".length());
        // The receipt's link goes with the 303, as with a program's answer.
        assertEquals("<http://leads.test/receipts/" + token + ">; rel=\"describedby\"; type=\"application/json\"",
                response.headers().firstValue("Link").orElseThrow());

        var page = api.get(Api.pathOf(location) + "?receipt=" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("Thank you"));
        assertTrue(page.body().contains("href=\"/receipts/" + token + "\""), page.body());
        var linked = api.get("receipts/" + token, "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, linked.statusCode(), "the page it links");
        assertTrue(linked.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertFalse(api.get("thank-you?receipt=%22%3E%3Cscript%3E").body().contains("<script>"),
                "a receipt parameter that is not a token is not shown");

        var listed = findByEmail(email);
        assertEquals("PRODUCT_INFO", listed.getString("requestType"));
        assertEquals(3, listed.getInt("providerCount"));
        assertFalse(listed.containsKey("phone") && !listed.isNull("phone"), "an empty field is not stored");
    }

    @Test
    void formPostWithoutHtmlPreferenceGetsJson() {
        var response = api.postForm("api/v1/demo-requests", Api.fields("fullName", "Program", "email",
                Api.unique("prog") + "@example.com", "ageConfirmed", "true"), "Accept", "application/json");
        assertEquals(201, response.statusCode());
        assertEquals("RECEIVED", Api.json(response).getString("status"));
    }

    @Test
    void badHtmlFormPostGetsAPageThatSaysWhatToFix() {
        var response = api.postForm("api/v1/demo-requests", Api.fields("fullName", "<script>alert(1)</script>",
                "email", "not-an-address", "providerCount", "many"), "Accept", "text/html");
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("email") && response.body().contains("providerCount")
                && response.body().contains("ageConfirmed"), response.body());
        assertFalse(response.body().contains("<script>"), "nothing the caller sent is echoed unescaped");
    }

    @Test
    @DisplayName("R4: a form without the visitor's confirmation of being 18 or older is refused and nothing is stored")
    void demoRequestAgeConfirmationIsRequired() {
        String email = Api.unique("young") + "@example.com";
        for (String age : List.of("", ",\"ageConfirmed\":false")) {
            var response = api.postJson("api/v1/demo-requests",
                    "{\"fullName\":\"Young Person\",\"email\":\"" + email + "\"" + age + "}");
            assertEquals(400, response.statusCode());
            assertEquals(List.of("ageConfirmed"), fields(response));
        }
        var form = api.postForm("api/v1/demo-requests", Api.fields("fullName", "Young", "email", email));
        assertEquals(400, form.statusCode());
        assertEquals(List.of("ageConfirmed"), fields(form));
        assertNull(findByEmailOrNull(email), "nothing stored");
    }

    @Test
    void everyFieldIsCappedAndSingleLineFieldsRefuseControlCharacters() {
        String email = Api.unique("caps") + "@example.com";
        var response = api.postJson("api/v1/demo-requests", "{\"fullName\":\"Evil\\r\\nBcc: x@example.com\","
                + "\"email\":\"" + email + "\",\"organization\":\"Nul\\u0000Org\",\"phone\":\"call me maybe\","
                + "\"practiceSpecialty\":\"" + "x".repeat(101) + "\",\"providerCount\":0,\"requestType\":\"LUNCH\","
                + "\"comments\":\"" + "c".repeat(4001) + "\",\"pageUrl\":\"javascript:alert(1)\","
                + "\"businessAddress\":\"" + "a".repeat(501) + "\",\"productInterest\":\"tab\\there\","
                + "\"ageConfirmed\":true}");
        assertEquals(400, response.statusCode());
        // (The name breaks two rules, a line break and an address: each is named.)
        assertEquals(List.of("businessAddress", "comments", "fullName", "organization", "pageUrl", "phone",
                "practiceSpecialty", "productInterest", "providerCount", "requestType"),
                fields(response).stream().distinct().toList());
        var tooLongEmail = api.postJson("api/v1/demo-requests", "{\"fullName\":\"A\",\"email\":\""
                + "a".repeat(250) + "@example.com\",\"ageConfirmed\":true}");
        assertEquals(List.of("email"), fields(tooLongEmail).stream().distinct().toList());
        assertNull(findByEmailOrNull(email));
    }

    @Test
    void salesListsNewestFirstWithFiltersAndCursorPaging() {
        String since = Instant.now().minusMillis(1).toString();
        String marker = Api.unique("page");
        var ids = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            String type = i % 2 == 0 ? "DEMO" : "PRICING";
            ids.add(submit("{\"fullName\":\"Page " + i + "\",\"email\":\"" + marker + "-" + i
                    + "@example.com\",\"requestType\":\"" + type + "\",\"ageConfirmed\":true}"));
        }
        var seen = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            String path = "api/v1/demo-requests?limit=2&since=" + enc(since) + (cursor == null ? "" : "&cursor=" + cursor);
            var page = Api.json(api.get(path, asSales()));
            page.getJsonArray("items").forEach(item -> {
                var request = item.asJsonObject();
                if (request.getString("email").startsWith(marker)) {
                    seen.add(request.getString("id"));
                }
            });
            cursor = page.containsKey("nextCursor") && !page.isNull("nextCursor") ? page.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 50);
        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0)), seen, "newest first, each once");

        var pricing = Api.json(api.get("api/v1/demo-requests?limit=200&requestType=PRICING&since=" + enc(since), asSales()));
        var pricingIds = pricing.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
        assertTrue(pricingIds.containsAll(List.of(ids.get(1), ids.get(3))));
        assertFalse(pricingIds.contains(ids.get(0)));

        var fresh = Api.json(api.get("api/v1/demo-requests?limit=200&status=NEW&since=" + enc(since), asSales()));
        assertTrue(fresh.getJsonArray("items").stream().allMatch(v -> v.asJsonObject().getString("status").equals("NEW")));

        for (String bad : List.of("status=OPEN", "requestType=WEBINAR", "since=yesterday", "cursor=not-a-cursor",
                "limit=0", "limit=201")) {
            var response = api.get("api/v1/demo-requests?" + bad, asSales());
            assertEquals(400, response.statusCode(), bad);
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        }
    }

    @Test
    void claimIsExclusiveAndOnlyTheHolderChangesTheRequest() {
        String other = Api.unique("other").toLowerCase();
        String otherPassword = api.staff(other, "sales");
        String id = submit("{\"fullName\":\"Claim Me\",\"email\":\"" + Api.unique("claim") + "@example.com\","
                + "\"ageConfirmed\":true}");

        var claimed = api.send(api.request("api/v1/demo-requests/" + id + "/claim").headers(asSales())
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, claimed.statusCode(), claimed.body());
        assertEquals(sales, Api.json(claimed).getString("assignee"));
        var again = api.send(api.request("api/v1/demo-requests/" + id + "/claim").headers(asSales())
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, again.statusCode(), "claiming one's own again is fine");

        var stolen = api.send(api.request("api/v1/demo-requests/" + id + "/claim").headers(Api.as(other, otherPassword))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(409, stolen.statusCode());
        assertEquals(409, patch(id, "{\"status\":\"CLOSED\"}", Api.as(other, otherPassword)).statusCode());

        var changed = patch(id, "{\"status\":\"CONTACTED\",\"note\":\"Called, demo on Tuesday\"}", asSales());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("CONTACTED", Api.json(changed).getString("status"));
        assertEquals("Called, demo on Tuesday", one(id).getString("note"));

        assertEquals(400, patch(id, "{\"status\":\"WON\"}", asSales()).statusCode());
        assertEquals(404, patch("00000000-0000-0000-0000-000000000000", "{\"note\":\"x\"}", asSales()).statusCode());
        assertEquals(404, api.get("api/v1/demo-requests/00000000-0000-0000-0000-000000000000", asSales()).statusCode());
    }

    @Test
    void csvExportNeutralisesFormulas() {
        String marker = Api.unique("csv");
        String since = Instant.now().minusMillis(1).toString();
        submit("{\"fullName\":\"-Minus Name\",\"email\":\"" + marker + "@example.com\","
                + "\"organization\":\"=HYPERLINK(\\\"http://evil\\\")\",\"phone\":\"+1+2\",\"practiceSpecialty\":\"-cmd\",\"productInterest\":\"@SUM(A1)\","
                + "\"comments\":\"Tabbed\\r\\nand \\\"quoted\\\"\",\"ageConfirmed\":true}");
        var csv = api.get("api/v1/demo-requests/export.csv?since=" + enc(since), asSales());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\"id\",\"requestType\""), "header row");
        int at = csv.body().indexOf(marker);
        assertTrue(at > 0, "the request is exported");
        String row = csv.body().substring(csv.body().lastIndexOf("\r\n", at) + 2);
        assertTrue(row.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), row);
        assertTrue(row.contains("\"'+1+2\""), row);
        assertTrue(row.contains("\"'-Minus Name\""), row);
        assertTrue(row.contains("\"'-cmd\""), row);
        assertTrue(row.contains("\"'@SUM(A1)\""), row);
        assertTrue(row.contains(",\"Tabbed\r\nand \"\"quoted\"\"\","), "line breaks and quotes stay inside one cell: " + row);
    }

    private HttpResponse<String> patch(String id, String json, String[] auth) {
        return api.send(api.request("api/v1/demo-requests/" + id).headers(auth).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonObject findByEmail(String email) {
        var found = findByEmailOrNull(email);
        assertTrue(found != null, "sales sees " + email);
        return found;
    }

    private JsonObject findByEmailOrNull(String email) {
        var page = Api.json(api.get("api/v1/demo-requests?limit=200&since="
                + enc(Instant.now().minusSeconds(120).toString()), asSales()));
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("email").equals(email.toLowerCase())).findFirst().orElse(null);
    }

    private static List<String> fields(HttpResponse<String> response) {
        return Api.json(response).getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    private static Set<String> stringSet(JsonObject object, String key) {
        return Set.copyOf(object.getJsonArray(key).getValuesAs(jakarta.json.JsonString::getString));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /* The public intake mechanism against a hostile internet: the same for every public form. */

    private static String demo(String email) {
        return "{\"fullName\":\"Intake Person\",\"email\":\"" + email + "\",\"ageConfirmed\":true}";
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndStoresNothing() {
        String email = Api.unique("idem") + "@example.com";
        String key = Api.unique("key");
        var first = api.postJson("api/v1/demo-requests", demo(email), "Idempotency-Key", key);
        var again = api.postJson("api/v1/demo-requests", demo(email), "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode());
        assertEquals(first.body(), again.body(), "the first answer, repeated");
        assertEquals(1, stored(email).size());

        var different = api.postJson("api/v1/demo-requests", demo(Api.unique("other") + "@example.com"),
                "Idempotency-Key", key);
        assertEquals(422, different.statusCode());
        assertProblem(different);
        assertEquals(400, api.postJson("api/v1/demo-requests", demo(email), "Idempotency-Key", "bad key\u00e9")
                .statusCode());
    }

    /*
     * An Idempotency-Key's request hash is made of the validated form as JSON-B writes it (PublicIntake):
     * a superclass's fields before the form's own (LeadForm's before DemoRequestForm's), each group in
     * alphabetical order, an empty honeypot and the @AssertTrue checks (tokenOrEmail) included. Moving a
     * field into or out of a superclass, or renaming a check, changes the hash, and a client repeating
     * its request across that deploy would be refused as another body (422).
     */
    @Test
    void theRequestHashIsOfTheFormsFieldsInTheirOrder() {
        String email = Api.unique("hash") + "@example.com";
        var demo = api.postJson("api/v1/demo-requests", "{\"website\":\"\",\"providerCount\":4,\"comments\":\"Hash me\","
                + "\"fullName\":\"Hash Person\",\"email\":\"" + email + "\",\"ageConfirmed\":true}",
                "Idempotency-Key", Api.unique("hash-key"));
        assertEquals(201, demo.statusCode(), demo.body());
        assertRequestHash("demo-requests", "{\"ageConfirmed\":true,\"email\":\"" + email + "\",\"fullName\":\"Hash Person\","
                + "\"website\":\"\",\"comments\":\"Hash me\",\"providerCount\":4}");

        String colleague = Api.unique("hash-removal") + "@example.com";
        var removal = api.postJson("api/v1/referral-removals", "{\"website\":\"\",\"email\":\"" + colleague + "\"}",
                "Idempotency-Key", Api.unique("hash-key"));
        assertEquals(202, removal.statusCode(), removal.body());
        assertRequestHash("referral-removals", "{\"email\":\"" + colleague + "\",\"tokenOrEmail\":true,\"website\":\"\"}");
    }

    private static void assertRequestHash(String endpoint, String json) {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((endpoint + "\n" + json).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        assertEquals("1", Tables.value("select count(*) from idempotency_keys where request_hash = ?", hash),
                "a key claimed for the hash of " + json);
    }

    @Test
    void tenConcurrentRepeatsStoreOneRow() throws Exception {
        String email = Api.unique("race") + "@example.com";
        String key = Api.unique("race-key");
        var pool = Executors.newFixedThreadPool(10);
        try {
            var calls = new ArrayList<Callable<HttpResponse<String>>>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> api.postJson("api/v1/demo-requests", demo(email), "Idempotency-Key", key));
            }
            var ids = new ArrayList<String>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                var response = answer.get();
                assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.body());
                if (response.statusCode() == 201) {
                    ids.add(Api.json(response).getString("id"));
                }
            }
            assertFalse(ids.isEmpty());
            assertEquals(1, ids.stream().distinct().count(), "every 201 names the one stored request");
            assertEquals(List.of(ids.get(0)), stored(email).stream().map(r -> r.getString("id")).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R1, R4: forms posted at once, stored in shared transactions, are each stored once as alone: "
            + "a reported minor's among them fails nobody else's, and one new address posted thrice is one person")
    void formsPostedAtOnceAreEachStoredAsAlone() throws Exception {
        String minor = Api.unique("group-minor") + "@example.com";
        String officer = Api.unique("officer").toLowerCase();
        assertEquals(200, api.postJson("api/v1/minor-reports", "{\"email\":\"" + minor + "\"}",
                Api.as(officer, api.staff(officer, "privacy"))).statusCode());
        String thrice = Api.unique("group-thrice") + "@example.com";
        var emails = new ArrayList<String>(List.of(minor, minor, thrice, thrice, thrice));
        for (int i = 0; i < 25; i++) {
            emails.add(Api.unique("group-" + i) + "@example.com");
        }
        var pool = Executors.newFixedThreadPool(emails.size());
        try {
            var calls = new ArrayList<Callable<HttpResponse<String>>>();
            // Each from a client of its own, so the client rate limit refuses none.
            emails.forEach(email -> calls.add(() -> new Api(base).postJson("api/v1/demo-requests", demo(email))));
            var answered = new HashMap<String, List<String>>();
            var answers = pool.invokeAll(calls);
            for (int i = 0; i < emails.size(); i++) {
                var response = answers.get(i).get();
                assertEquals(201, response.statusCode(), response.body());
                answered.computeIfAbsent(emails.get(i), e -> new ArrayList<>()).add(Api.json(response).getString("id"));
            }
            assertTrue(stored(minor).isEmpty(), "R4: nothing stored for a reported minor");
            for (String email : emails.subList(2, emails.size())) {
                assertEquals(answered.get(email).stream().sorted().toList(),
                        stored(email).stream().map(r -> r.getString("id")).sorted().toList(), email);
            }
            assertEquals("1", Tables.value("select count(*) from people where email = ?", thrice));
            // Shared transactions insert their new people's contact states at their end: each person has
            // one, a lead's, which is what audiences read (R11, R12).
            for (String email : new HashSet<>(emails.subList(2, emails.size()))) {
                assertEquals("1", Tables.value("select count(*) from contact_states c join people p on p.id = c.person_id"
                        + " where p.email = ? and c.submitted and c.has_lead and not c.unsubscribed", email), email);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void botsThatFillTheHoneypotGetTheNormalAnswerAndNothingIsStored() {
        String email = Api.unique("bot") + "@example.com";
        var json = api.postJson("api/v1/demo-requests", "{\"fullName\":\"Bot\",\"email\":\"" + email
                + "\",\"ageConfirmed\":true,\"website\":\"http://spam.example\"}");
        assertEquals(201, json.statusCode());
        assertEquals("RECEIVED", Api.json(json).getString("status"));
        assertTrue(Api.json(json).getString("id").matches("[0-9a-f-]{36}"));
        var form = api.postForm("api/v1/demo-requests", Api.fields("fullName", "Bot", "email", email,
                "ageConfirmed", "on", "website", "spam"), "Accept", "text/html");
        assertEquals(303, form.statusCode());
        assertTrue(stored(email).isEmpty(), "nothing stored for a bot");
    }

    @Test
    void postsPerClientAddressAreLimited() {
        for (int i = 0; i < 30; i++) {
            var response = api.postJson("api/v1/demo-requests", demo(Api.unique("rate") + "@example.com"));
            assertEquals(201, response.statusCode(), "post " + i + ": " + response.body());
        }
        var limited = api.postJson("api/v1/demo-requests", demo(Api.unique("rate") + "@example.com"));
        assertEquals(429, limited.statusCode());
        assertProblem(limited);
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "within the minute: " + retryAfter);
        var elsewhere = new Api(base).postJson("api/v1/demo-requests", demo(Api.unique("rate") + "@example.com"));
        assertEquals(201, elsewhere.statusCode(), "another client is not limited");
    }

    @Test
    void postsPerPersonAddressAreLimitedAcrossClients() {
        String email = Api.unique("popular") + "@example.com";
        for (int i = 0; i < 30; i++) {
            assertEquals(201, new Api(base).postJson("api/v1/demo-requests", demo(email)).statusCode());
        }
        var limited = new Api(base).postJson("api/v1/demo-requests", demo(email));
        assertEquals(429, limited.statusCode());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        assertEquals(30, stored(email).size(), "the refused post stored nothing");
    }

    @Test
    void onlyTheConfiguredOriginsMayPostFromABrowser() {
        String origin = "https://www.psynergybilling.com";
        var preflight = api.send(api.request("api/v1/demo-requests").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, idempotency-key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("Idempotency-Key"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "never credentials");

        var post = api.postJson("api/v1/demo-requests", demo(Api.unique("cors") + "@example.com"), "Origin", origin);
        assertEquals(201, post.statusCode());
        assertEquals(origin, post.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());

        String evil = "https://evil.example";
        var refused = api.send(api.request("api/v1/demo-requests").header("Origin", evil)
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        var foreign = api.postJson("api/v1/demo-requests", demo(Api.unique("cors") + "@example.com"), "Origin", evil);
        assertTrue(foreign.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    @DisplayName("R5: a submission with Sec-GPC: 1 records an opt-out of sale and sharing for that person, also when it "
            + "repeats an earlier one's Idempotency-Key")
    void globalPrivacyControlRecordsAnOptOut() {
        String email = Api.unique("gpc") + "@example.com";
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email)).statusCode());
        assertFalse(stored(email).get(0).getBoolean("saleAndSharingOptOut"));
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email), "Sec-GPC", "1").statusCode());
        assertTrue(stored(email).stream().allMatch(r -> r.getBoolean("saleAndSharingOptOut")), "the person opted out");
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email)).statusCode());
        assertTrue(stored(email).stream().allMatch(r -> r.getBoolean("saleAndSharingOptOut")),
                "a later form without the signal does not undo it");

        String repeated = Api.unique("gpc-repeat") + "@example.com";
        String key = Api.unique("key");
        var first = api.postJson("api/v1/demo-requests", demo(repeated), "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        var again = api.postJson("api/v1/demo-requests", demo(repeated), "Idempotency-Key", key, "Sec-GPC", "1");
        assertEquals(first.body(), again.body(), "the first answer, repeated");
        assertEquals(1, stored(repeated).size());
        assertTrue(stored(repeated).get(0).getBoolean("saleAndSharingOptOut"),
                "a repeat that carries the signal the first lacked is heard all the same");
    }

    @Test
    @DisplayName("R1, R2, R4: the attack list yields 4xx problem+json and stores nothing")
    void theAttackListIsRefusedAndNothingIsStored() {
        String email = Api.unique("attack") + "@example.com";
        String ok = "\"email\":\"" + email + "\",\"ageConfirmed\":true";
        List<String> bodies = new ArrayList<>();
        for (String field : List.of("fullName", "organization", "practiceSpecialty", "productInterest", "phone",
                "pageUrl", "requestType")) {
            bodies.add("{\"fullName\":\"A\"," + ok + ",\"" + field + "\":\"x\\r\\nBcc: victim@example.com\"}"
                    .replace("{\"fullName\":\"A\",", field.equals("fullName") ? "{" : "{\"fullName\":\"A\","));
        }
        for (String field : List.of("businessAddress", "comments")) {
            bodies.add("{\"fullName\":\"A\"," + ok + ",\"" + field + "\":\"nul\\u0000byte\"}");
        }
        for (String name : List.of("<script>alert(1)</script>", "{{fullName}}", "${jndi:ldap://x}", "#{7*7}")) {
            bodies.add("{\"fullName\":\"" + name + "\"," + ok + "}");
        }
        bodies.add("{\"fullName\":\"A\",\"email\":\"" + email + "\\r\\nBcc: victim@example.com\",\"ageConfirmed\":true}");
        bodies.add("{\"fullName\":\"A\"," + ok + ",\"providerCount\":1e300}");
        bodies.add("{\"fullName\":\"A\"," + ok + ",\"providerCount\":99999999999999999999}");
        bodies.add("{\"fullName\":\"A\"," + ok + ",\"providerCount\":\"four\"}");
        bodies.add("{\"fullName\":[\"A\"]," + ok + "}");
        bodies.add("{\"fullName\":\"A\",\"email\":\"" + email + "\",\"ageConfirmed\":\"yes please\"}");
        bodies.add("{\"email\":\"" + email + "\",\"ageConfirmed\":true}");
        bodies.add("{\"fullName\":\"A\",\"email\":\"" + email + "\"}");
        bodies.add("{\"fullName\":\"A\"," + ok);
        bodies.add("null");
        bodies.add("");
        for (String body : bodies) {
            var response = new Api(base).postJson("api/v1/demo-requests", body);
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, body + " -> " + response.statusCode());
            assertProblem(response);
        }
        var huge = new Api(base).send(new Api(base).request("api/v1/demo-requests")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"comments\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}")));
        assertEquals(413, huge.statusCode());
        assertProblem(huge);
        assertTrue(stored(email).isEmpty(), "nothing stored");
    }

    @Test
    @DisplayName("R1, R5, R14: a demo request's answer links its consent receipt, a Kantara v1.1 document that "
            + "matches the collection record: form, policy version, time, categories, purposes, consent and GPC")
    void theAnswerLinksAReceiptOfTheCollectionRecord() {
        String email = Api.unique("receipt") + "@example.com";
        var answer = api.postJson("api/v1/demo-requests", "{\"fullName\":\"Receipt O'Person\",\"email\":\""
                + email + "\",\"practiceSpecialty\":\"Cardiology\",\"comments\":\"secret plans\","
                + "\"partnerSharingConsent\":true,\"ageConfirmed\":true}", "Sec-GPC", "1");
        assertEquals(201, answer.statusCode(), answer.body());
        String id = Api.json(answer).getString("id");
        String url = Api.json(answer).getString("receipt");
        assertTrue(url.startsWith("http://leads.test/receipts/" + id + "."), url);
        assertEquals("<" + url + ">; rel=\"describedby\"; type=\"application/json\"",
                answer.headers().firstValue("Link").orElseThrow());

        var fetched = api.get(Api.pathOf(url));
        assertEquals(200, fetched.statusCode(), fetched.body());
        assertTrue(fetched.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertTrue(fetched.headers().firstValue("Cache-Control").orElseThrow().contains("no-store"));
        // The documented path is /receipts/{token}; links issued under /api/v1/receipts/ keep working by a 308.
        String token = url.substring(url.lastIndexOf('/') + 1);
        var moved = api.get("api/v1/receipts/" + token + "?format=html");
        assertEquals(308, moved.statusCode(), moved.body());
        assertEquals(url + "?format=html", moved.headers().firstValue("Location").orElseThrow());
        assertEquals(404, api.get("api/v1/receipts/nonsense").statusCode(), "only a token's shape is redirected");
        var receipt = Api.json(fetched);
        for (String field : List.of("version", "jurisdiction", "consentTimestamp", "collectionMethod",
                "consentReceiptID", "language", "piiPrincipalId", "piiControllers", "policyUrl", "services",
                "sensitive", "spiCat")) {
            assertTrue(receipt.containsKey(field), field);
        }
        assertEquals("KI-CR-v1.1.0", receipt.getString("version"));
        assertEquals(id, receipt.getString("consentReceiptID"));
        assertEquals(email.charAt(0) + "***@example.com", receipt.getString("piiPrincipalId"));
        assertEquals(Tables.value("select source_form from submissions where id = ?", id), receipt.getString("form"));
        assertEquals(Tables.value("select policy_version from submissions where id = ?", id),
                receipt.getString("policyVersion"));
        assertEquals(Set.of(Tables.value("select categories from submissions where id = ?", id).split(",")),
                Set.copyOf(strings(receipt, "categoriesCollected")));
        var purposes = receipt.getJsonArray("services").getJsonObject(0).getJsonArray("purposes")
                .getValuesAs(JsonObject.class);
        assertEquals(Set.of(Tables.value("select purposes from submissions where id = ?", id).split(",")),
                purposes.stream().map(p -> strings(p, "purposeCategory").get(0)).collect(java.util.stream.Collectors.toSet()));
        long collected = new BigDecimal(Tables.value(
                "select floor(extract(epoch from collected_at)) from submissions where id = ?", id)).longValue();
        assertEquals(collected, receipt.getJsonNumber("consentTimestamp").longValue());
        assertEquals(collected, Instant.parse(receipt.getString("collectedAt")).getEpochSecond());
        assertTrue(receipt.getBoolean("partnerSharingConsent"), "R14: the consent given");
        assertTrue(receipt.getBoolean("globalPrivacyControl"), "R5: the signal seen");
        assertTrue(purposes.stream().anyMatch(p -> p.getBoolean("thirdPartyDisclosure")
                && "Business Partners".equals(p.getString("thirdPartyName"))));
        for (String value : List.of("O'Person", "Cardiology", "secret plans", email)) {
            assertFalse(fetched.body().contains(value), "no values, only categories and field names: " + value);
        }
    }

    @Test
    @DisplayName("R1: the receipt's HTML page, by format=html or Accept, shows the record escaped under the public CSP")
    void theReceiptPageIsEscaped() {
        String email = "&" + Api.unique("amp") + "@example.com";
        var answer = api.postJson("api/v1/demo-requests", demo(email));
        assertEquals(201, answer.statusCode(), answer.body());
        String path = Api.pathOf(Api.json(answer).getString("receipt"));
        for (var page : List.of(api.get(path + "?format=html"), api.get(path, "Accept", "text/html,*/*;q=0.8"))) {
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
            assertTrue(page.body().contains("&amp;***@example.com"), page.body());
            assertFalse(page.body().contains("&***@"), "escaped");
            assertTrue(page.body().contains("Demo request"), page.body());
            assertFalse(page.body().contains("Intake Person"), "no values");
        }
        assertTrue(api.get(path, "Accept", "*/*").headers().firstValue("Content-Type").orElseThrow()
                .startsWith("application/json"), "a program gets JSON");
    }

    @Test
    @DisplayName("R20: a forged or expired receipt link and an erased person's receipt are the same 404")
    void receiptsThatAreGoneAreNotFoundAlike() throws Exception {
        String email = Api.unique("gone") + "@example.com";
        var answer = api.postJson("api/v1/demo-requests", demo(email));
        String url = Api.json(answer).getString("receipt");
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertEquals(200, api.get(Api.pathOf(url)).statusCode());

        char last = token.charAt(token.length() - 1);
        String forged = token.substring(0, token.length() - 1) + (last == '0' ? '1' : '0');
        String[] parts = token.split("\\.");
        String secret = Tables.value("select setting_value from settings where name = ?", "secret");
        assertEquals(200, api.get("receipts/" + signed(secret, parts[0] + "." + parts[1] + "." + parts[2]))
                .statusCode(), "the test signs as the service does");
        long longAgo = Instant.now().minus(25 * 31, ChronoUnit.DAYS).getEpochSecond();
        String expired = signed(secret, parts[0] + "." + longAgo + "." + parts[2]);
        String unknownForged = java.util.UUID.randomUUID() + token.substring(36);
        var notFound = new ArrayList<HttpResponse<String>>();
        for (String bad : List.of(forged, expired, unknownForged, "nonsense", "x".repeat(900))) {
            notFound.add(api.get("receipts/" + bad));
        }
        String officer = Api.unique("officer").toLowerCase();
        var reported = api.postJson("api/v1/minor-reports", "{\"email\":\"" + email + "\"}",
                Api.as(officer, api.staff(officer, "privacy")));
        assertEquals(200, reported.statusCode(), reported.body());
        notFound.add(api.get(Api.pathOf(url)));
        notFound.add(api.get(Api.pathOf(url) + "?format=html"));
        for (var response : notFound) {
            assertEquals(404, response.statusCode(), response.body());
            assertProblem(response);
            assertEquals(Api.json(notFound.get(0)), Api.json(response), "every 404 alike");
        }
    }

    @Test
    @DisplayName("R4, R17: an answer that stored nothing (a reported minor's, a bot's) links a receipt like any other, "
            + "so nobody learns that an address was refused")
    void anAnswerThatStoredNothingLinksAReceiptLikeAnyOther() {
        String email = Api.unique("minor") + "@example.com";
        var first = api.postJson("api/v1/demo-requests", demo(email));
        var stored = Api.json(api.get(Api.pathOf(Api.json(first).getString("receipt"))));
        String officer = Api.unique("officer").toLowerCase();
        assertEquals(200, api.postJson("api/v1/minor-reports", "{\"email\":\"" + email + "\"}",
                Api.as(officer, api.staff(officer, "privacy"))).statusCode());

        var refused = api.postJson("api/v1/demo-requests", demo(email));
        assertEquals(201, refused.statusCode(), refused.body());
        assertTrue(stored(email).isEmpty(), "R4: nothing stored for a reported minor");
        String url = Api.json(refused).getString("receipt");
        assertTrue(url.startsWith("http://leads.test/receipts/" + Api.json(refused).getString("id") + "."), url);
        var fetched = api.get(Api.pathOf(url));
        assertEquals(200, fetched.statusCode(), fetched.body());
        var shown = Api.json(fetched);
        assertEquals(stored.keySet(), shown.keySet());
        for (String same : List.of("form", "policyVersion", "piiPrincipalId", "collectionMethod", "services",
                "fieldsCollected", "categoriesCollected", "partnerSharingConsent", "globalPrivacyControl")) {
            assertEquals(stored.get(same), shown.get(same), same);
        }
        assertEquals(Api.json(refused).getString("id"), shown.getString("consentReceiptID"));

        var bot = api.postJson("api/v1/demo-requests", "{\"fullName\":\"Bot\",\"email\":\""
                + Api.unique("bot") + "@example.com\",\"ageConfirmed\":true,\"website\":\"http://spam.example\"}");
        assertTrue(bot.headers().firstValue("Link").isPresent());
        var decoy = api.get(Api.pathOf(Api.json(bot).getString("receipt")));
        assertEquals(200, decoy.statusCode(), decoy.body());
        assertEquals(stored.keySet(), Api.json(decoy).keySet());
    }

    @Test
    @DisplayName("R1: a webinar sign-up and a referral answer with their receipt links, and their confirmation mails carry them")
    void confirmationMailsCarryTheReceipt() {
        String marketer = Api.unique("marketer").toLowerCase();
        String[] asMarketing = Api.as(marketer, api.staff(marketer, "marketing"));
        var created = api.postJson("api/v1/webinars", "{\"title\":\"Receipts & you\",\"startsAt\":\""
                + Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}", asMarketing);
        assertEquals(201, created.statusCode(), created.body());
        String registrant = Api.unique("registrant") + "@example.com";
        var registered = api.postJson("api/v1/webinar-registrations", "{\"webinarId\":\""
                + Api.json(created).getString("id") + "\",\"fullName\":\"Reg Istrant\",\"email\":\"" + registrant
                + "\",\"ageConfirmed\":true}");
        assertEquals(201, registered.statusCode(), registered.body());
        String referrer = Api.unique("referrer") + "@example.com";
        var referred = api.postJson("api/v1/referrals", "{\"referrerName\":\"Ref Errer\",\"referrerEmail\":\""
                + referrer + "\",\"colleagues\":[{\"name\":\"Col League\",\"email\":\"" + Api.unique("colleague")
                + "@example.com\"}],\"permissionConfirmed\":true,\"ageConfirmed\":true}");
        assertEquals(202, referred.statusCode(), referred.body());

        for (var pair : List.of(List.of(registrant, Api.json(registered).getString("receipt"), "WEBINAR_SIGNUP"),
                List.of(referrer, Api.json(referred).getString("receipt"), "REFERRAL_REFERRER"))) {
            String url = pair.get(1);
            var receipt = api.get(Api.pathOf(url));
            assertEquals(200, receipt.statusCode(), receipt.body());
            assertEquals(pair.get(2), Api.json(receipt).getString("form"));
            var mail = mailbox.await(pair.get(0), 1, Duration.ofSeconds(60)).get(0);
            assertTrue(Mailbox.part(mail, "text/plain").contains(url), Mailbox.part(mail, "text/plain"));
            assertTrue(Mailbox.links(Mailbox.part(mail, "text/html")).contains(url), Mailbox.part(mail, "text/html"));
        }
    }

    @Test
    void receiptReadsPerClientAddressAreLimited() {
        var answer = api.postJson("api/v1/demo-requests", demo(Api.unique("reads") + "@example.com"));
        String path = Api.pathOf(Api.json(answer).getString("receipt"));
        var reader = new Api(base);
        for (int i = 0; i < 30; i++) {
            assertEquals(200, reader.get(path).statusCode(), "read " + i);
        }
        var limited = reader.get(path);
        assertEquals(429, limited.statusCode());
        assertProblem(limited);
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** A receipt token as the service signs one, with the key it keeps in its database. */
    private static String signed(String secret, String payload) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return payload + "." + HexFormat.of().formatHex(mac.doFinal(("consent-receipt:" + payload)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem+json expected, got " + response.headers().firstValue("Content-Type") + ": " + response.body());
        var problem = Api.json(response);
        assertEquals(response.statusCode(), problem.getInt("status"));
        assertFalse(response.body().contains("Exception") || response.body().contains("jakarta."), response.body());
    }

    /** The requests sales sees for {@code email}, newest first. */
    private List<JsonObject> stored(String email) {
        return api.demoRequestsOf(email, Instant.now().minusSeconds(300), asSales());
    }

    /* Webinars from marketing's creation through the public sign-up to the confirmation in the mailbox. */


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
    @DisplayName("R14: a second registration of the same address is not a second row and gets no second confirmation, "
            + "but what it says is recorded as a later submission's")
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

        // A repeat is a later submission all the same: the consent it gives is recorded, as its receipt says.
        var consenting = api.postJson("api/v1/webinar-registrations", registration(webinar, email)
                .replace("\"ageConfirmed\":true", "\"ageConfirmed\":true,\"partnerSharingConsent\":true"));
        assertEquals(201, consenting.statusCode(), consenting.body());
        assertEquals("1", Tables.value("select count(*) from people where email = ? and partner_consent = true",
                email.toLowerCase()), "R14: the repeat's consent is the person's");

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
        // The webinar about to start is created first, its start counted from the moment it is sent (on a
        // busy machine the other requests take seconds), and the other steps run while its start comes.
        Instant startsAt = Instant.now().plus(3, ChronoUnit.SECONDS);
        String starting = create(Api.unique("Starting"), startsAt.toString());
        Instant now = Instant.now();
        String later = create(Api.unique("Later"), now.plus(30, ChronoUnit.DAYS).toString());
        String sooner = create(Api.unique("Sooner"), now.plus(20, ChronoUnit.DAYS).toString());

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

        Mailbox.until(Duration.ofSeconds(10), () -> Instant.now().isAfter(startsAt.plusSeconds(1)), "the start to pass");
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
    void webinarAgeConfirmationIsRequired() {
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

    /* One-time referrals from the form to the colleague's removal. */


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
        var created = api.postJson("api/v1/campaigns", "{\"name\":\"" + Api.unique("campaign") + "\",\"subject\":"
                + "\"News\",\"textBody\":\"Hello {{fullName}}\",\"audience\":{\"sources\":[\"DEMO_REQUEST\"],"
                + "\"collectedSince\":\"" + since + "\"}}", asMarketing);
        assertEquals(201, created.statusCode(), created.body());
        String audience = "api/v1/campaigns/" + Api.json(created).getString("id") + "/audience";
        // Other tests' records dated later (imports declared in the future) match too: counted before, not assumed 0.
        var before = Api.json(api.get(audience, asMarketing));
        int others = before.getInt("eligible");
        int othersUnsubscribed = before.getJsonObject("excluded").getInt("UNSUBSCRIBED");
        String lead = Api.unique("lead") + "@example.com";
        var demo = api.postJson("api/v1/demo-requests", "{\"fullName\":\"Lee Lead\",\"email\":\"" + lead
                + "\",\"ageConfirmed\":true,\"partnerSharingConsent\":true}");
        assertEquals(201, demo.statusCode(), demo.body());
        assertEquals(others + 1, Api.json(api.get(audience, asMarketing)).getInt("eligible"));
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
        assertEquals(others + 1, counts.getInt("eligible"), "still in the audience: " + counts);
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
        assertEquals(others + 1, Api.json(api.get(audience, asMarketing)).getInt("eligible"),
                "opening the page changes nothing");

        var confirmed = api.postForm(path, Api.fields("noPromotions", "yes"));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("no more promotional email"), confirmed.body());
        assertFalse(confirmed.body().contains("never sell or share"), confirmed.body());
        var after = Api.json(api.get(audience, asMarketing));
        assertEquals(others, after.getInt("eligible"), after.toString());
        assertEquals(othersUnsubscribed + 1, after.getJsonObject("excluded").getInt("UNSUBSCRIBED"), after.toString());
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
        try (var second = Node.start("second-node", Map.of())) {
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
        var nodes = Node.clustered(2);
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
            for (Node node : nodes) {
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
            nodes.forEach(Node::close);
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
