package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform as a caller meets it: errors, operations endpoints, staff, roles and login limits. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    static Mailbox mailbox;
    /** LEADS_METRICS_TOKEN in the integration tests' environment (pom.xml). */
    private static final String METRICS_TOKEN = "it-metrics-token-0123456789";

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startSmtp() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        mailbox.close();
    }

    Api api;

    /** The stalled upload, started by the first test's set-up (see {@link #stallAnUpload}). */
    private static CompletableFuture<StalledAnswer> stalledUpload;

    @BeforeEach
    void connect() {
        api = new Api(base);
        synchronized (PlatformIT.class) {
            if (stalledUpload == null) {
                stalledUpload = stallAnUpload(base);
            }
        }
    }

    @Test
    void operationsEndpointsAnswer() {
        var ready = api.get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"migrations\":\"done\""), ready.body());
        assertEquals(200, api.get("health/live").statusCode());
        assertEquals(401, api.get("metrics").statusCode(), "no metrics for anonymous callers");
        assertEquals(401, api.get("metrics", "Authorization", "Bearer not-the-metrics-token").statusCode());
        for (String[] caller : List.of(Api.admin(), new String[]{"Authorization", "Bearer " + METRICS_TOKEN})) {
            var metrics = api.get("metrics", caller);
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("# TYPE"), "Prometheus text expected");
        }
        String sales = Api.unique("sales").toLowerCase();
        assertEquals(403, api.get("metrics", Api.as(sales, api.staff(sales, "sales"))).statusCode());
        assertEquals(403, api.get("api/v1/demo-requests", "Authorization", "Bearer " + METRICS_TOKEN).statusCode(),
                "the metrics token opens nothing else");
    }

    @Test
    @DisplayName("every answer carries a request id: a sane incoming one is kept, anything else replaced")
    void everyAnswerCarriesARequestId() {
        var kept = api.get("health/live", "X-Request-Id", "lb-1234.abc_Z");
        assertEquals("lb-1234.abc_Z", kept.headers().firstValue("X-Request-Id").orElse(null));
        var replaced = api.get("api/v1/policy", "X-Request-Id", "forged id with spaces");
        String id = replaced.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        // the login mechanism's own refusal, before any filter, and the container's own 404 page
        assertTrue(api.get("metrics").headers().firstValue("X-Request-Id").isPresent());
        assertTrue(api.get("no/such/page").headers().firstValue("X-Request-Id").isPresent());
        assertNotEquals(api.get("health/live").headers().firstValue("X-Request-Id"),
                api.get("health/live").headers().firstValue("X-Request-Id"));
    }

    @Test
    void theServedOpenApiDocumentLintsWithoutErrors() {
        var findings = OpenApiLint.lint(api.get("openapi", "Accept", "application/json").body());
        findings.warnings().forEach(warning -> System.out.println("OpenAPI warning: " + warning));
        assertEquals(List.of(), findings.errors());
    }

    @Test
    void hostileNumbersCharsetsAndLinksAreProblemsNotServerErrors() {
        var prober = new Api(base);
        for (String number : List.of("1e99999999999", "9".repeat(5_000))) {
            var response = prober.postJson("api/v1/demo-requests", "{\"providerCount\":" + number + "}");
            assertEquals(400, response.statusCode(), response.body());
            assertEquals("malformed-body", Api.json(response).getString("type").replaceAll(".*/", ""));
        }
        for (String type : List.of("application/x-www-form-urlencoded; charset=x-bogus", "application/json; charset=x-bogus")) {
            var response = prober.send(prober.request("api/v1/referrals").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("fullName=A")));
            assertEquals(415, response.statusCode(), type + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        // The import's 32 MiB cap is the admin's alone: a stranger's body there is held to the public cap.
        String csv = "fullName,email,ageConfirmed\n" + "x".repeat(100_000);
        var stranger = prober.send(prober.request("api/v1/imports/leads").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertEquals(413, stranger.statusCode(), stranger.body());
        var admin = api.send(api.request("api/v1/imports/leads").headers(Api.admin()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertNotEquals(413, admin.statusCode(), admin.body());
        // A stray % in an unsubscribe link (no client library sends one) is a link without a token.
        assertEquals("HTTP/1.1 200 OK", rawStatusLine("GET /unsubscribe?token=% HTTP/1.1"), "the page, with no button");
        assertEquals("HTTP/1.1 400 Bad Request", rawStatusLine("POST /unsubscribe?token=%zz HTTP/1.1"));
    }

    /** The status line of a request sent as it is written, which java.net.URI would refuse to build. */
    private String rawStatusLine(String requestLine) {
        try (var socket = new Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: leads\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void bodiesTheFormsRefuseUnreadCountTowardTheClientsRateToo() {
        var prober = new Api(base);
        for (int i = 0; i < 30; i++) {
            var refused = i % 2 == 0 ? prober.postJson("api/v1/demo-requests", "[1]")
                    : prober.send(prober.request("api/v1/referral-removals").header("Content-Type",
                            "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("email=a%zz")));
            assertEquals(400, refused.statusCode(), "refusal " + (i + 1) + ": " + refused.body());
        }
        var limited = prober.postJson("api/v1/demo-requests", "{\"fullName\":\"Jane\",\"email\":\""
                + Api.unique("counted") + "@example.com\",\"ageConfirmed\":true}");
        assertEquals(429, limited.statusCode(), limited.body());
    }

    @Test
    void deepOrRepeatedJsonIsRefusedOnEveryJsonEndpointAndCountsTowardTheClientsRate() {
        String deep = "{\"a\":".repeat(999) + "1" + "}".repeat(999);
        for (var response : List.of(api.postJson("api/v1/demo-requests", deep),
                api.postJson("api/v1/staff", deep, Api.admin()),
                api.postJson("api/v1/demo-requests", "{\"fullName\":\"A\",\"fullName\":\"B\",\"email\":\""
                        + Api.unique("twice") + "@example.com\",\"ageConfirmed\":true}"))) {
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals("malformed-body", Api.json(response).getString("type").replaceAll(".*/", ""));
        }
        var prober = new Api(base);
        for (int i = 0; i < 30; i++) {
            assertEquals(400, prober.postJson("api/v1/webinars", deep).statusCode(), "refusal " + (i + 1));
        }
        var limited = prober.postJson("api/v1/demo-requests", "{\"fullName\":\"Jane\",\"email\":\""
                + Api.unique("after") + "@example.com\",\"ageConfirmed\":true}");
        assertEquals(429, limited.statusCode(), "refused bodies count toward the client's rate: " + limited.body());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndStaffDataIsNeverStored() {
        String address = "10.4." + (int) (Math.random() * 250) + ".9";
        var wrongLogin = api.get("api/v1/demo-requests", header(Api.as(Api.unique("who"), "wrong"), address));
        for (int i = 0; i < 10; i++) {
            api.get("api/v1/demo-requests", header(Api.as(Api.unique("who"), "wrong"), address));
        }
        var tooMany = api.get("api/v1/demo-requests", header(Api.admin(), address));
        assertEquals(401, wrongLogin.statusCode());
        assertEquals(429, tooMany.statusCode());
        var containerNotFound = api.get("WEB-INF/web.xml");
        assertEquals(404, containerNotFound.statusCode());
        String sales = Api.unique("lister").toLowerCase();
        String[] reader = Api.as(sales, api.staff(sales, "sales"));
        var list = api.get("api/v1/demo-requests?limit=1", reader);
        var csv = api.get("api/v1/demo-requests/export.csv", reader);
        assertEquals(200, list.statusCode());
        assertEquals(200, csv.statusCode());
        for (var response : List.of(wrongLogin, tooMany, containerNotFound, list, csv, api.get("api/v1/policy"))) {
            var headers = response.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), response.uri().toString());
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), response.uri().toString());
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS: the public URL is http");
        }
        for (var response : List.of(wrongLogin, tooMany, containerNotFound, list, csv)) {
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), response.uri().toString());
        }
    }

    @Test
    void idempotencyKeysBelongToTheClientThatChoseThem() {
        String key = Api.unique("everyones-favourite-key");
        String body = "{\"fullName\":\"Key Holder\",\"email\":\"" + Api.unique("key") + "@example.com\",\"ageConfirmed\":true}";
        var mine = api.postJson("api/v1/demo-requests", body, "Idempotency-Key", key);
        var theirs = new Api(base).postJson("api/v1/demo-requests", body, "Idempotency-Key", key);
        assertEquals(201, mine.statusCode(), mine.body());
        assertEquals(201, theirs.statusCode(), "another client's key is not ours: " + theirs.body());
        assertNotEquals(Api.json(mine).getString("id"), Api.json(theirs).getString("id"), "nobody gets another's answer");
        assertEquals(Api.json(mine).getString("id"),
                Api.json(api.postJson("api/v1/demo-requests", body, "Idempotency-Key", key)).getString("id"),
                "the same client's repeat still gets its first answer");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aStalledChunkedUploadIsAnsweredWithinTheReadTimeout() throws Exception {
        var answer = stalledUpload.get(60, TimeUnit.SECONDS);
        assertTrue(answer.status() != null && answer.status().startsWith("HTTP/1.1 408"),
                "408 for a stalled body: " + answer.status());
        assertTrue(answer.seconds() < 25, "answered within the 10 s read timeout, not 30 s: " + answer.seconds());
    }

    /** What the server answered a stalled upload, and how many seconds after the body stopped. */
    record StalledAnswer(String status, long seconds) { }

    /**
     * Sends the start of a chunked body and then nothing, from a client address of its own, and reads the
     * answer on another thread: the server's 10 s read timeout runs out while the other tests run, and
     * the test ordered last collects what came.
     */
    private static CompletableFuture<StalledAnswer> stallAnUpload(URL base) {
        String clientAddress = new Api(base).clientAddress();
        return CompletableFuture.supplyAsync(() -> {
            try (var socket = new Socket("127.0.0.1", base.getPort())) {
                socket.setSoTimeout(30_000);
                var out = socket.getOutputStream();
                out.write(("POST /api/v1/demo-requests HTTP/1.1\r\nHost: leads\r\nContent-Type: application/json\r\n"
                        + "X-Forwarded-For: " + clientAddress + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5\r\n{\"ful\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                long started = System.nanoTime();
                String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                return new StalledAnswer(status, Duration.ofNanos(System.nanoTime() - started).toSeconds());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, runnable -> {
            var thread = new Thread(runnable, "stalled-upload");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Test
    void openApiDescribesEveryEndpointWithSchemasAndExamples() {
        var yaml = api.get("openapi");
        assertEquals(200, yaml.statusCode());
        var json = api.get("openapi", "Accept", "application/json");
        var doc = Api.json(json);
        var paths = doc.getJsonObject("paths");
        for (String path : List.of("/api/v1/demo-requests", "/api/v1/demo-requests/{id}",
                "/api/v1/demo-requests/{id}/claim", "/api/v1/demo-requests/export.csv", "/api/v1/staff",
                "/api/v1/staff/{username}/tokens", "/api/v1/policy", "/api/v1/audit/chain", "/api/v1/referrals",
                "/api/v1/referral-removals")) {
            assertTrue(paths.containsKey(path), "OpenAPI lacks " + path);
        }
        // The receipt at its documented path (API.md), the old one as its 308; the imports' list.
        var receipt = paths.getJsonObject("/receipts/{token}").getJsonObject("get");
        assertTrue(receipt.getJsonObject("responses").containsKey("200"), receipt.toString());
        var moved = paths.getJsonObject("/api/v1/receipts/{token}").getJsonObject("get");
        assertEquals(List.of("308"), moved.getJsonObject("responses").keySet().stream()
                .filter(code -> code.startsWith("2") || code.startsWith("3")).toList(), moved.toString());
        assertTrue(moved.getBoolean("deprecated"));
        assertTrue(paths.getJsonObject("/api/v1/imports").containsKey("get"), "GET /api/v1/imports");
        var post = paths.getJsonObject("/api/v1/demo-requests").getJsonObject("post");
        var content = post.getJsonObject("requestBody").getJsonObject("content");
        assertTrue(content.containsKey("application/json") && content.containsKey("application/x-www-form-urlencoded"),
                "both body types described: " + content);
        assertTrue(content.getJsonObject("application/json").containsKey("examples"), "an example is given");
        var schemas = doc.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.containsKey("DemoRequestForm") && schemas.containsKey("Problem"), schemas.keySet().toString());
        assertFalse(json.body().contains("\"maxProperties\":0"), "no filler in schemas");
    }

    @Test
    void errorsAreProblemJsonAndLeakNothing() {
        List<HttpResponse<String>> errors = List.of(
                api.get("api/v1/no-such-thing"),
                api.get("no-such-page"),
                api.send(api.request("api/v1/demo-requests").DELETE()),
                api.send(api.request("api/v1/demo-requests").header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("hello"))),
                api.postJson("api/v1/demo-requests", "{\"fullName\": "),
                api.postJson("api/v1/demo-requests", "[1,2]"),
                api.postJson("api/v1/demo-requests", "{\"comments\":\"" + "x".repeat(70_000) + "\"}"),
                api.get("api/v1/demo-requests"),
                api.get("api/v1/demo-requests", Api.as("nobody", "wrong-password-1")));
        List<Integer> expected = List.of(404, 404, 405, 415, 400, 400, 413, 401, 401);
        for (int i = 0; i < errors.size(); i++) {
            var response = errors.get(i);
            assertEquals(expected.get(i), response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    "problem+json for " + expected.get(i));
            var problem = Api.json(response);
            assertEquals(expected.get(i), problem.getInt("status"));
            assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"));
            for (String leak : List.of("Exception", "java.", "jakarta.", "org.", "SQL", "at com.")) {
                assertFalse(response.body().contains(leak), "leaks " + leak + ": " + response.body());
            }
        }
        assertTrue(errors.get(2).headers().firstValue("Allow").orElse("").contains("POST"), "405 names the methods");
        assertTrue(errors.get(7).headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Basic")));
    }

    @Test
    @DisplayName("R3: the permission table in force is published, machine-readable")
    void policyTablesArePublished() {
        var response = api.get("api/v1/policy");
        assertEquals(200, response.statusCode());
        var policy = Api.json(response);
        assertEquals("2024-06-30", policy.getString("version"));
        var userContent = policy.getJsonObject("categories").getJsonObject("USER_CONTENT");
        assertEquals(List.of("PROVIDING_THE_SERVICE", "REQUIRED_BY_LAW"),
                userContent.getJsonArray("purposes").getValuesAs(jakarta.json.JsonString::getString));
        var partnerExport = policy.getJsonObject("uses").getJsonObject("PARTNER_EXPORT");
        assertEquals("BUSINESS_PARTNERS", partnerExport.getString("recipient"));
        assertEquals(List.of("BASIC_IDENTIFIERS"),
                partnerExport.getJsonArray("categories").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(policy.getJsonObject("forms").keySet().containsAll(List.of("DEMO_REQUEST", "PRICING_REQUEST",
                "PRODUCT_INFO_REQUEST", "WEBINAR_SIGNUP", "REFERRAL_REFERRER", "REFERRAL_COLLEAGUE", "PRIVACY_REQUEST")));
    }

    @Test
    @DisplayName("R26: every staff read of personal data is recorded in the hash-chained audit log")
    void salesReadsAreAudited() {
        String privacy = Api.unique("officer").toLowerCase();
        String[] officer = Api.as(privacy, api.staff(privacy, "privacy"));
        String sales = Api.unique("reader").toLowerCase();
        String[] reader = Api.as(sales, api.staff(sales, "sales"));
        // Taken before the request is posted: on a loaded machine the steps below may take longer than seconds.
        String since = java.net.URLEncoder.encode(java.time.Instant.now().minusSeconds(5).toString(),
                java.nio.charset.StandardCharsets.UTF_8);
        String id = Api.json(api.postJson("api/v1/demo-requests", "{\"fullName\":\"Audited Person\",\"email\":\""
                + Api.unique("audited") + "@example.com\",\"ageConfirmed\":true}")).getString("id");

        long before = Api.json(api.get("api/v1/audit/chain", officer)).getJsonNumber("entries").longValue();
        assertEquals(200, api.get("api/v1/demo-requests/" + id, reader).statusCode());
        assertEquals(200, api.get("api/v1/demo-requests/export.csv?since=" + since, reader).statusCode());
        var after = Api.json(api.get("api/v1/audit/chain", officer));
        assertTrue(after.getBoolean("intact"), after.toString());
        assertTrue(after.getJsonNumber("entries").longValue() >= before + 2,
                "the read and the export were recorded: " + before + " -> " + after);
    }

    @Test
    void adminCreatesStaffAndTokensThatWorkOnce() {
        String name = Api.unique("sales").toLowerCase();
        String password = api.staff(name, "sales");
        assertEquals(200, api.get("api/v1/demo-requests?limit=1", Api.as(name, password)).statusCode());

        var again = api.postJson("api/v1/staff", "{\"username\":\"" + name + "\",\"password\":\"another-password-1\","
                + "\"roles\":[\"sales\"]}", Api.admin());
        assertEquals(409, again.statusCode());

        var invalid = api.postJson("api/v1/staff", "{\"username\":\"X Y\",\"password\":\"short\",\"roles\":[\"boss\"]}",
                Api.admin());
        assertEquals(400, invalid.statusCode());
        var fields = Api.json(invalid).getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.contains("username") && fields.contains("password") && fields.contains("roles[0]"),
                fields.toString());

        var issued = api.postJson("api/v1/staff/" + name + "/tokens", "{\"label\":\"CRM\"}", Api.admin());
        assertEquals(201, issued.statusCode(), issued.body());
        String token = Api.json(issued).getString("token");
        assertEquals(200, api.get("api/v1/demo-requests?limit=1", "Authorization", "Bearer " + token).statusCode());
        assertEquals(401, api.get("api/v1/demo-requests?limit=1", "Authorization", "Bearer " + token + "x").statusCode());
        assertEquals(404, api.postJson("api/v1/staff/nobody-here/tokens", "{}", Api.admin()).statusCode());
    }

    @Test
    @DisplayName("R26: an admin issuing a token for another user is audited and the user is told by mail; without an address on file it is refused")
    void aTokenForAnotherUserIsAuditedAndTold() {
        String officerName = Api.unique("officer").toLowerCase();
        String[] officer = Api.as(officerName, api.staff(officerName, "privacy"));
        String name = Api.unique("owner").toLowerCase();
        api.staff(name, "marketing");
        long before = Api.json(api.get("api/v1/audit/chain", officer)).getJsonNumber("entries").longValue();

        var issued = api.postJson("api/v1/staff/" + name + "/tokens", "{\"label\":\"Ad <b>sync</b>\"}", Api.admin());
        assertEquals(201, issued.statusCode(), issued.body());
        String tokenId = Api.json(issued).getString("id");

        var told = mailbox.await(name + "@psynergybilling.com", 1, Duration.ofSeconds(30)).get(0);
        String text = Mailbox.part(told, "text/plain");
        assertTrue(text.contains("Administrator admin issued") && text.contains(tokenId), text);
        assertFalse(text.contains(Api.json(issued).getString("token")), "the token itself is never mailed");
        assertTrue(Mailbox.part(told, "text/html").contains("Ad &lt;b&gt;sync&lt;/b&gt;"), "the label is escaped");
        var trail = api.get("api/v1/audit?actor=admin&since=" + java.net.URLEncoder.encode(
                java.time.Instant.now().minusSeconds(60).toString(), java.nio.charset.StandardCharsets.UTF_8), officer);
        assertTrue(trail.body().contains("STAFF_TOKEN_ISSUED") && trail.body().contains(tokenId), trail.body());
        assertTrue(Api.json(api.get("api/v1/audit/chain", officer)).getJsonNumber("entries").longValue() > before);

        String unreachable = Api.unique("noaddress").toLowerCase();
        assertEquals(201, api.postJson("api/v1/staff", "{\"username\":\"" + unreachable
                + "\",\"password\":\"long-enough-password\",\"roles\":[\"sales\"]}", Api.admin()).statusCode());
        var refused = api.postJson("api/v1/staff/" + unreachable + "/tokens", "{}", Api.admin());
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("owner-not-reachable", Api.json(refused).getString("type").replaceAll(".*/", ""));
    }

    @Test
    @DisplayName("R25: a change another site's page makes a browser send with its remembered Basic credentials is "
            + "refused; the same from an API client, or a read, is not")
    void crossSiteChangesWithRememberedCredentialsAreRefused() {
        String[] crossSite = java.util.stream.Stream.concat(java.util.Arrays.stream(Api.admin()),
                java.util.stream.Stream.of("Sec-Fetch-Site", "cross-site")).toArray(String[]::new);
        var refused = api.postJson("api/v1/partners", "{\"name\":\"Cross Site\"}", crossSite);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("cross-site"), refused.body());
        assertFalse(api.get("api/v1/partners", Api.admin()).body().contains("Cross Site"), "nothing was created");
        String[] otherOrigin = java.util.stream.Stream.concat(java.util.Arrays.stream(Api.admin()),
                java.util.stream.Stream.of("Origin", "https://evil.example")).toArray(String[]::new);
        assertEquals(403, api.postJson("api/v1/partners", "{\"name\":\"Cross Site\"}", otherOrigin).statusCode());
        assertEquals(200, api.get("api/v1/webhooks", crossSite).statusCode(), "a read changes nothing");
        assertEquals(201, api.postJson("api/v1/partners", "{\"name\":\"Same Client\"}", Api.admin()).statusCode(),
                "an API client sends no browser headers");
    }

    @Test
    @DisplayName("R25: each staff endpoint answers 401 without credentials, 403 to the wrong role, 2xx to the right one")
    void authorizationMatrix() {
        String sales = Api.unique("s").toLowerCase();
        String salesPassword = api.staff(sales, "sales");
        String marketer = Api.unique("m").toLowerCase();
        String marketerPassword = api.staff(marketer, "marketing");
        String privacy = Api.unique("p").toLowerCase();
        String privacyPassword = api.staff(privacy, "privacy");
        var created = api.postJson("api/v1/demo-requests", "{\"fullName\":\"Matrix Person\",\"email\":\""
                + Api.unique("matrix") + "@example.com\",\"ageConfirmed\":true}");
        String id = Api.json(created).getString("id");
        var partner = api.postJson("api/v1/partners", "{\"name\":\"Matrix Partner\"}", Api.admin());
        String partnerId = Api.json(partner).getString("id");

        record Endpoint(String role, Function<String[], HttpResponse<String>> call) { }
        List<Endpoint> endpoints = List.of(
                new Endpoint("sales", h -> api.get("api/v1/demo-requests", h)),
                new Endpoint("sales", h -> api.get("api/v1/demo-requests/" + id, h)),
                new Endpoint("sales", h -> api.get("api/v1/demo-requests/export.csv", h)),
                new Endpoint("sales", h -> api.send(api.request("api/v1/demo-requests/" + id + "/claim")
                        .headers(h).POST(HttpRequest.BodyPublishers.noBody()))),
                new Endpoint("sales", h -> api.send(api.request("api/v1/demo-requests/" + id).headers(h)
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"note\":\"hi\"}")))),
                new Endpoint("admin", h -> api.postJson("api/v1/staff", "{\"username\":\"" + Api.unique("n")
                        + "\",\"password\":\"long-enough-password\",\"roles\":[\"sales\"]}", h)),
                new Endpoint("admin", h -> api.postJson("api/v1/staff/" + sales + "/tokens", "{}", h)),
                new Endpoint("admin", h -> api.postJson("api/v1/partners", "{\"name\":\"" + Api.unique("Partner") + "\"}", h)),
                new Endpoint("admin", h -> api.send(api.request("api/v1/partners/" + partnerId + "/exports?limit=1")
                        .headers(h).POST(HttpRequest.BodyPublishers.noBody()))),
                new Endpoint("privacy", h -> api.get("api/v1/audit?limit=1", h)),
                new Endpoint("privacy", h -> api.get("api/v1/audit/chain", h)));
        for (var endpoint : endpoints) {
            assertEquals(401, endpoint.call().apply(new String[]{"X-Probe", "anonymous"}).statusCode());
            String[] wrong = endpoint.role().equals("sales") ? Api.as(marketer, marketerPassword) : Api.as(sales, salesPassword);
            assertEquals(403, endpoint.call().apply(wrong).statusCode());
            String[] right = switch (endpoint.role()) {
                case "sales" -> Api.as(sales, salesPassword);
                case "privacy" -> Api.as(privacy, privacyPassword);
                default -> Api.admin();
            };
            int status = endpoint.call().apply(right).statusCode();
            assertTrue(status == 200 || status == 201, "right role got " + status);
        }
        assertEquals(403, api.get("api/v1/demo-requests", Api.admin()).statusCode(), "admins do not read leads");
        assertEquals(403, api.get("api/v1/audit", Api.admin()).statusCode(), "admins do not read the audit log");
        assertEquals(403, api.send(api.request("api/v1/partners/" + partnerId + "/exports").headers(Api.as(privacy,
                privacyPassword)).POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "the privacy officer exports nothing");
    }

    @Test
    @DisplayName("Failed logins never lock a user out: attacked from one client or many, the user still signs in from a clean one")
    void failedLoginsSlowAttackersWithoutLockingTheUserOut() {
        String victim = Api.unique("victim").toLowerCase();
        String password = api.staff(victim, "sales");

        var unknownUser = api.get("api/v1/demo-requests", header(Api.as("ghost-" + victim, "wrong-password"), "10.1.0.1"));
        var knownUser = api.get("api/v1/demo-requests", header(Api.as(victim, "wrong-password"), "10.1.0.2"));
        assertEquals(unknownUser.statusCode(), knownUser.statusCode());
        assertEquals(unknownUser.body(), knownUser.body(), "same answer for unknown and known users");

        String attacker = "10.1.2." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.get("api/v1/demo-requests", header(Api.as(victim, "wrong"), attacker)).statusCode());
        }
        var limitedPair = api.get("api/v1/demo-requests", header(Api.as(victim, password), attacker));
        assertEquals(429, limitedPair.statusCode(), "the attacking client waits, even with the right password");
        long pairWait = Long.parseLong(limitedPair.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(pairWait > 0 && pairWait <= 900, "Retry-After within the 15-minute window: " + pairWait);
        assertEquals("too-many-failed-logins", Api.json(limitedPair).getString("type").replaceAll(".*/", ""));
        assertEquals(200, api.get("api/v1/demo-requests", header(Api.as(victim, password), "10.1.0.99")).statusCode(),
                "the user signs in from another client");

        for (int i = 0; i < 9; i++) {
            assertEquals(401, api.get("api/v1/demo-requests", header(Api.as(victim, "wrong"), "10.1.1." + i)).statusCode(),
                    "one failure from each of many clients is a plain refusal");
        }
        var spaced = api.get("api/v1/demo-requests", header(Api.as(victim, password), "10.1.1.3"));
        assertEquals(429, spaced.statusCode(), "past the user-wide threshold, clients that failed are spaced out");
        assertTrue(Long.parseLong(spaced.headers().firstValue("Retry-After").orElseThrow()) <= 300);
        assertEquals(200, api.get("api/v1/demo-requests", header(Api.as(victim, password), "10.1.0.98")).statusCode(),
                "a clean client with the right password is let in however hard the user is attacked");
    }

    @Test
    void failedLoginsPerClientAddressAreLimited() {
        String address = "10.2." + (int) (Math.random() * 250) + ".7";
        for (int i = 0; i < 10; i++) {
            var response = api.get("api/v1/demo-requests", header(Api.as(Api.unique("guess"), "guess"), address));
            assertEquals(401, response.statusCode());
        }
        var limited = api.get("api/v1/staff", header(Api.admin(), address));
        assertEquals(429, limited.statusCode());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        assertNotEquals(429, api.get("api/v1/demo-requests", header(Api.admin(), "10.3.0.1")).statusCode(),
                "another address is not limited");
    }

    private static String[] header(String[] auth, String clientAddress) {
        return new String[]{auth[0], auth[1], "X-Forwarded-For", clientAddress};
    }
}
