package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** The public intake mechanism against a hostile internet: the same for every public form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicIntakeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

    static Mailbox mailbox;

    Api api;
    String[] sales;

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
        String name = Api.unique("sales").toLowerCase();
        sales = Api.as(name, api.staff(name, "sales"));
    }

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
    @DisplayName("R5: a submission with Sec-GPC: 1 records an opt-out of sale and sharing for that person")
    void globalPrivacyControlRecordsAnOptOut() {
        String email = Api.unique("gpc") + "@example.com";
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email)).statusCode());
        assertFalse(stored(email).get(0).getBoolean("saleAndSharingOptOut"));
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email), "Sec-GPC", "1").statusCode());
        assertTrue(stored(email).stream().allMatch(r -> r.getBoolean("saleAndSharingOptOut")), "the person opted out");
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email)).statusCode());
        assertTrue(stored(email).stream().allMatch(r -> r.getBoolean("saleAndSharingOptOut")),
                "a later form without the signal does not undo it");
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
        String since = URLEncoder.encode(Instant.now().minusSeconds(300).toString(), StandardCharsets.UTF_8);
        var found = new ArrayList<JsonObject>();
        String cursor = null;
        do {
            var page = Api.json(api.get("api/v1/demo-requests?limit=200&since=" + since
                    + (cursor == null ? "" : "&cursor=" + cursor), sales));
            page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .filter(r -> r.getString("email").equals(email.toLowerCase())).forEach(found::add);
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        return found;
    }
}
