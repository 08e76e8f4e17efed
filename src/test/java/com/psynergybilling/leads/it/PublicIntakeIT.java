package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

    Api api;
    String[] sales;

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
