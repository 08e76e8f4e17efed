package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff console in Chromium and over plain HTTP: sign-in and its safety (session cookie, CSRF,
 * idle expiry, sign-out, the 403 of another role's view, the JSON API deaf to the cookie), and each
 * role's journey end to end; and the public pages as visitors use them (the example form, a referral's
 * removal link). Screenshots of each view at 1280 and 390 pixels go to target/screenshots/.
 */
@ExtendWith(Browser.Required.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

    private static final String FORM = "/forms/demo-request.html";
    /** Demo requests stored from here on are this class's: the example form's posts are found among them. */
    private static final Instant CLASS_STARTED = Instant.now().minusSeconds(1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

    static Mailbox mailbox;

    Api api;
    String publicUrl;

    @org.junit.jupiter.api.BeforeAll
    static void startMailbox() {
        mailbox = Mailbox.start();
    }

    @org.junit.jupiter.api.AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        publicUrl = Objects.requireNonNull(System.getenv("LEADS_PUBLIC_URL"), "the pom sets LEADS_PUBLIC_URL")
                .replaceAll("/+$", "");
    }

    /** Users shared by the tests that change no user: each new user costs the service a slow password hash. */
    private static final java.util.Map<String, String[]> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private String[] user(String role) {
        String name = Api.unique(role).toLowerCase();
        return new String[]{name, api.staff(name, role)};
    }

    private String[] shared(String role) {
        return SHARED.computeIfAbsent(role, this::user);
    }

    @Test
    @DisplayName("R25: an admin revokes a token and disables a user in the browser; both are refused at once")
    void adminRevokesATokenAndTheTokenStopsWorking() {
        String[] admin = shared("admin");
        String[] sales = user("sales");
        var issued = Api.json(api.postJson("api/v1/staff/" + sales[0] + "/tokens", "{\"label\":\"CRM sync\"}", Api.admin()));
        String bearer = issued.getString("token");
        String[] withToken = {"Authorization", "Bearer " + bearer};
        assertEquals(200, api.get("api/v1/demo-requests?limit=1", withToken).statusCode());

        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.signIn(page, publicUrl, admin[0], admin[1]);
            Console.screenshots(page, "console-home-admin");
            page.findElement(By.linkText("Staff")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("user-" + sales[0])));
            Console.screenshots(page, "console-admin-staff");

            page.findElement(By.cssSelector("#user-" + sales[0] + " a")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("token-" + issued.getString("id"))));
            assertTrue(page.findElement(By.id("token-" + issued.getString("id"))).getText().contains("CRM sync"));
            Console.screenshots(page, "console-admin-tokens");
            page.findElement(By.cssSelector("#token-" + issued.getString("id") + " button")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "revoked"));
            assertTrue(page.findElements(By.id("token-" + issued.getString("id"))).isEmpty());
            assertEquals(401, api.get("api/v1/demo-requests?limit=1", withToken).statusCode(),
                    "a revoked token is refused at once");

            String[] salesBasic = Api.as(sales[0], sales[1]);
            assertEquals(200, api.get("api/v1/demo-requests?limit=1", salesBasic).statusCode());
            page.findElement(By.linkText("Staff")).click();
            page.findElement(By.cssSelector("#user-" + sales[0] + " button.danger")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "disabled"));
            assertEquals(401, api.get("api/v1/demo-requests?limit=1", salesBasic).statusCode(),
                    "a disabled user's password is refused at once");
            assertEquals(401, Console.signInResponse(api, sales[0], sales[1]).statusCode(),
                    "a disabled user cannot sign in to the console");
        }
        // R26: what the admin did in the console is audited under their name, as the API's own calls are.
        for (String action : List.of("STAFF_TOKEN_REVOKED", "STAFF_USER_DISABLED")) {
            assertEquals("1", Tables.value("select count(*) from audit_entries where action = ? and actor = ?"
                    + " and detail like ?", action, admin[0], "%" + sales[0]), action);
        }
        var listed = Api.parse(api.get("api/v1/staff", Api.admin()).body()).asJsonArray().stream()
                .map(jakarta.json.JsonObject.class::cast).filter(u -> u.getString("username").equals(sales[0]))
                .findFirst().orElseThrow();
        assertTrue(listed.getBoolean("disabled"), "the API lists what the console did");
        assertEquals("[]", api.get("api/v1/staff/" + sales[0] + "/tokens", Api.admin()).body());
    }

    @Test
    @DisplayName("R25: the staff API lists, disables, enables, resets and revokes; a disabled user's console session ends")
    void staffApiChangesTakeEffectAtOnce() {
        String[] sales = user("sales");
        var session = Console.signIn(api, sales[0], sales[1]);
        var disabled = api.send(api.request("api/v1/staff/" + sales[0]).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"disabled\":true}"))
                .headers(Api.admin()));
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertTrue(Api.json(disabled).getBoolean("disabled"));
        assertEquals(303, session.get("console").statusCode(), "the session of a disabled user ends at once");

        String newPassword = "a-new-password-" + Api.unique("pw");
        var enabled = api.send(api.request("api/v1/staff/" + sales[0]).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"disabled\":false,\"password\":\"" + newPassword + "\"}")).headers(Api.admin()));
        assertEquals(200, enabled.statusCode(), enabled.body());
        assertEquals(401, api.get("api/v1/demo-requests?limit=1", Api.as(sales[0], sales[1])).statusCode());
        assertEquals(200, api.get("api/v1/demo-requests?limit=1", Api.as(sales[0], newPassword)).statusCode());
        var token = Api.json(api.postJson("api/v1/staff/" + sales[0] + "/tokens", "{}", Api.admin()));
        var revoked = api.send(api.request("api/v1/staff/" + sales[0] + "/tokens/" + token.getString("id"))
                .DELETE().headers(Api.admin()));
        assertEquals(204, revoked.statusCode());
        assertEquals(404, api.send(api.request("api/v1/staff/" + sales[0] + "/tokens/" + token.getString("id"))
                .DELETE().headers(Api.admin())).statusCode());
        assertEquals(403, api.get("api/v1/staff", Api.as(sales[0], newPassword)).statusCode());
    }

    @Test
    @DisplayName("R25: a role that opens another role's view gets a plain 403 page")
    void anotherRolesViewIsForbidden() {
        String[] sales = shared("sales");
        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.signIn(page, publicUrl, sales[0], sales[1]);
            assertTrue(page.findElements(By.linkText("Staff")).isEmpty(), "no menu entry for another role");
            page.get(publicUrl + "/console/admin/staff");
            assertEquals("Not for your role", page.findElement(By.tagName("h1")).getText());
            Console.screenshots(page, "console-forbidden");
        }
        var session = Console.signIn(api, sales[0], sales[1]);
        var forbidden = session.get("console/admin/staff");
        assertEquals(403, forbidden.statusCode());
        assertFalse(forbidden.body().contains(sales[0] + "</td>"), "the 403 page lists no staff");
        var post = session.post("console/admin/staff/" + sales[0] + "/disable", Api.fields("csrf", session.csrf()));
        assertEquals(403, post.statusCode());
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenChangesNothing() {
        String[] admin = shared("admin");
        String[] victim = user("sales");
        var session = Console.signIn(api, admin[0], admin[1]);
        var missing = session.post("console/admin/staff/" + victim[0] + "/disable", Api.fields());
        var wrong = session.post("console/admin/staff/" + victim[0] + "/disable",
                Api.fields("csrf", "x".repeat(43)));
        var otherSession = Console.signIn(api, admin[0], admin[1]);
        var foreign = session.post("console/admin/staff/" + victim[0] + "/disable",
                Api.fields("csrf", otherSession.csrf()));
        for (var refused : java.util.List.of(missing, wrong, foreign)) {
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("Form expired"));
        }
        assertEquals(200, api.get("api/v1/demo-requests?limit=1", Api.as(victim[0], victim[1])).statusCode(),
                "the user was not disabled");
        var accepted = session.post("console/admin/staff/" + victim[0] + "/disable", Api.fields("csrf", session.csrf()));
        assertEquals(303, accepted.statusCode());
        assertEquals(401, api.get("api/v1/demo-requests?limit=1", Api.as(victim[0], victim[1])).statusCode());
    }

    @Test
    void theSessionCookieIsStrictAndTheApiNeverAcceptsIt() {
        String[] admin = shared("admin");
        var response = Console.signInResponse(api, admin[0], admin[1]);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/console"),
                cookie);
        assertFalse(cookie.contains("Secure"), "LEADS_PUBLIC_URL is http in the tests");
        assertEquals(publicUrl + "/console", response.headers().firstValue("Location").orElseThrow());
        var session = Console.signIn(api, admin[0], admin[1]);
        assertEquals(401, api.get("api/v1/staff", session.headers()).statusCode(), "the API ignores the cookie");
        var page = session.get("console/admin/staff");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(303, api.get("console/admin/staff", Api.admin()).statusCode(),
                "the console knows its users by session alone, not by Basic");
        var css = api.get("console-assets/console.css");
        assertEquals(200, css.statusCode());
    }

    @Test
    void signOutAndIdleExpiryEndTheSession() throws Exception {
        String[] admin = shared("admin");
        var session = Console.signIn(api, admin[0], admin[1]);
        var out = session.post("console/logout", Api.fields("csrf", session.csrf()));
        assertEquals(303, out.statusCode());
        assertEquals(publicUrl + "/console/login?signed-out", out.headers().firstValue("Location").orElseThrow());
        assertTrue(out.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("Max-Age=0")));
        var after = session.get("console");
        assertEquals(303, after.statusCode(), "a signed-out session is gone, even if the cookie is replayed");
        assertEquals(publicUrl + "/console/login?ended", after.headers().firstValue("Location").orElseThrow());

        var idle = Console.signIn(api, admin[0], admin[1]);
        assertEquals(200, idle.get("console").statusCode());
        try (var db = Tables.connect(); var age = db.prepareStatement(
                "update console_sessions set last_seen_at = ? where username = ?")) {
            age.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(31 * 60)));
            age.setString(2, admin[0]);
            age.executeUpdate();
        }
        var expired = idle.get("console");
        assertEquals(303, expired.statusCode(), "a session idle past the timeout has ended");
        assertEquals(publicUrl + "/console/login?ended", expired.headers().firstValue("Location").orElseThrow());
        assertTrue(api.get("console/login?ended").body().contains("session ended"));
    }

    @Test
    @DisplayName("R25: console sign-in is throttled by the same login throttle as HTTP Basic")
    void signInFailuresAreThrottled() {
        String name = Api.unique("nobody").toLowerCase();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Console.signInResponse(api, name, "wrong-password-" + i).statusCode());
        }
        var throttled = Console.signInResponse(api, name, "wrong-password");
        assertEquals(429, throttled.statusCode());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, api.get("api/v1/staff", Api.as(name, "wrong")).statusCode(),
                "the API's Basic shares the count");
        var foreign = api.postForm("console/login", Api.fields("username", "admin", "password", "x"),
                "Origin", "https://evil.example");
        assertEquals(403, foreign.statusCode(), "a sign-in posted from another site is refused");
    }

    private String demoRequest(String fullName, String email) {
        return demoRequest(fullName, email, "Family medicine");
    }

    private String demoRequest(String fullName, String email, String specialty) {
        String json = jakarta.json.Json.createObjectBuilder().add("fullName", fullName).add("email", email)
                .add("phone", "+1 217 555 0142").add("organization", "Prairie Family Medicine & Co")
                .add("practiceSpecialty", specialty).add("providerCount", 4).add("requestType", "DEMO")
                .add("comments", "Quotes \"and\" <angle> brackets").add("ageConfirmed", true).build().toString();
        var response = api.postJson("api/v1/demo-requests", json);
        assertEquals(201, response.statusCode(), response.body());
        return Api.json(response).getString("id");
    }

    @Test
    @DisplayName("R26: a sales rep claims and updates a request in the browser, as the API then shows")
    void salesRepClaimsAndUpdatesARequest() {
        String[] sales = shared("sales");
        String specialty = "Sports " + Api.unique("medicine").replace("-", " ");
        String id = demoRequest("Dana Console", Api.unique("console") + "@example.com", specialty);
        var bySpecialty = Api.json(api.get("api/v1/demo-requests?practiceSpecialty="
                + specialty.toUpperCase().replace(" ", "%20"), Api.as(sales[0], sales[1]))).getJsonArray("items");
        assertEquals(1, bySpecialty.size(), "the API filters by specialty, ignoring case");
        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.signIn(page, publicUrl, sales[0], sales[1]);
            page.findElement(By.linkText("Demo requests")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("request-" + id)));
            Console.screenshots(page, "console-sales-queue");
            new org.openqa.selenium.support.ui.Select(page.findElement(By.id("status"))).selectByValue("NEW");
            page.findElement(By.id("practiceSpecialty")).sendKeys(specialty);
            page.findElement(By.cssSelector(".filters button")).click();
            Console.waitFor(page).until(ExpectedConditions.urlContains("status=NEW"));
            assertEquals(1, page.findElements(By.cssSelector("tbody tr")).size(), "only the request of that specialty");
            page.findElement(By.cssSelector("#request-" + id + " a")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("collection")));
            assertTrue(page.findElement(By.id("collection")).getText().contains("DEMO_REQUEST"));
            assertEquals("DEMO_REQUEST", page.findElement(By.cssSelector("section.collection-notice"))
                    .getAttribute("data-form"), "R1, R3: the form's notice at collection beside its record");
            Console.screenshots(page, "console-sales-request");
            page.findElement(By.id("claim")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBe(By.id("assignee"), sales[0]));
            new org.openqa.selenium.support.ui.Select(page.findElement(By.id("status"))).selectByValue("CONTACTED");
            page.findElement(By.id("note")).sendKeys("Called; demo on Tuesday.");
            page.findElement(By.id("save")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBe(By.id("status-value"), "CONTACTED"));
            assertEquals("Called; demo on Tuesday.", page.findElement(By.id("note-value")).getText());
        }
        var stored = Api.json(api.get("api/v1/demo-requests/" + id, Api.as(sales[0], sales[1])));
        assertEquals("CONTACTED", stored.getString("status"));
        assertEquals(sales[0], stored.getString("assignee"));
        assertEquals("Called; demo on Tuesday.", stored.getString("note"));
    }

    @Test
    @DisplayName("R25, R26: the console and the API show the same fields of a request and audit each read alike")
    void theConsoleAndTheApiShowTheSameFieldsAndAuditAlike() {
        String[] sales = shared("sales");
        String[] privacy = shared("privacy");
        String id = demoRequest("Robin Same & Fields (Jr.)", Api.unique("same") + "@example.com");
        var fromApi = Api.json(api.get("api/v1/demo-requests/" + id, Api.as(sales[0], sales[1])));
        var session = Console.signIn(api, sales[0], sales[1]);
        var page = session.get("console/sales/" + id);
        assertEquals(200, page.statusCode());
        for (String field : java.util.List.of("fullName", "email", "phone", "organization", "businessAddress",
                "practiceSpecialty", "productInterest", "comments")) {
            if (fromApi.containsKey(field) && !fromApi.isNull(field)) {
                assertTrue(page.body().contains(escaped(fromApi.getString(field))), field + " shown as the API shows it");
            }
        }
        assertFalse(page.body().contains("<angle>"), "escaped, never markup");
        var withheld = fromApi.getJsonArray("withheld").getValuesAs(jakarta.json.JsonString.class);
        for (var field : withheld) {
            assertTrue(page.body().contains("<li>" + field.getString() + "</li>"), "withheld " + field.getString());
            assertTrue(!fromApi.containsKey(field.getString()) || fromApi.isNull(field.getString()));
        }
        var entries = Api.json(api.get("api/v1/audit?actor=" + sales[0], Api.as(privacy[0], privacy[1])))
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("READ_DEMO_REQUEST"))
                .filter(e -> e.getString("detail").equals("demo-request " + id)).toList();
        assertEquals(2, entries.size(), "one read by the API, one by the console: " + entries);
        for (String key : java.util.List.of("subject", "purpose", "detail")) {
            assertEquals(entries.get(0).get(key), entries.get(1).get(key), key);
        }
    }

    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    @DisplayName("R22, R23: the privacy officer sees the clock of an agent's access request and fulfils it in the browser")
    void officerDecidesAnAccessRequest() {
        String[] officer = shared("privacy");
        String email = Api.unique("officer") + "@example.com";
        demoRequest("Ann Officer", email);
        String body = "{\"type\":\"ACCESS\",\"email\":\"" + email + "\",\"fullName\":\"Ann Officer\","
                + "\"stateOfResidence\":\"CO\",\"agent\":{\"name\":\"Privacy Helpers\",\"email\":"
                + "\"helpers@example.org\",\"signedPermission\":\"Signed by Ann on 2026-11-01\"}}";
        var submitted = api.postJson("api/v1/privacy-requests", body);
        assertEquals(202, submitted.statusCode(), submitted.body());
        String id = Api.json(submitted).getString("id");
        String text = Mailbox.part(mailbox.await(email, 1, java.time.Duration.ofSeconds(60)).get(0), "text/plain");
        var token = java.util.regex.Pattern.compile("verify\\?token=([A-Za-z0-9.-]+)").matcher(text);
        assertTrue(token.find(), text);
        assertEquals(202, api.postJson("api/v1/privacy-requests/verify", "{\"token\":\"" + token.group(1) + "\"}")
                .statusCode());

        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.signIn(page, publicUrl, officer[0], officer[1]);
            page.findElement(By.linkText("Privacy requests")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("privacy-" + id)));
            var row = page.findElement(By.id("privacy-" + id));
            assertTrue(row.getText().contains("AWAITING_DECISION"), row.getText());
            assertTrue(row.getText().matches("(?s).*\\d+ days left.*"), "the statutory clock: " + row.getText());
            Console.screenshots(page, "console-privacy-queue");
            row.findElement(By.tagName("summary")).click();
            row.findElement(By.cssSelector("input[value=FULFILLED]")).click();
            row.findElement(By.cssSelector("form[action$=decision] button")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "decision is recorded"));
            assertTrue(page.findElement(By.id("privacy-" + id)).getText().contains("FULFILLED"));
            var history = page.findElement(By.cssSelector("#privacy-" + id + " details.history"));
            history.findElement(By.tagName("summary")).click();
            String steps = history.getText();
            assertTrue(steps.contains("Received") && steps.contains("Verified") && steps.contains("Decided: FULFILLED"),
                    "the request's history: " + steps);
            Console.screenshots(page, "console-privacy-history");
            page.findElement(By.id("verify-chain")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain-result"),
                    "intact"));
        }
        Mailbox.until(java.time.Duration.ofSeconds(60), () -> mailbox.to(email).stream()
                .anyMatch(m -> Mailbox.header(m, "Subject").contains("Your data: the report")), "the access report");
    }

    @Test
    void swaggerUiShowsTheOpenApiDocumentUnderItsOwnPolicy() {
        var ui = api.get("openapi/ui");
        assertEquals(200, ui.statusCode());
        String csp = ui.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertNotEquals(csp, api.get("console/login").headers().firstValue("Content-Security-Policy").orElseThrow(),
                "Swagger UI's policy is its own");
        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.watchCsp(page);
            page.get(publicUrl + "/openapi/ui");
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".swagger-ui .info .title"), "Psynergy Leads"));
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
            page.findElement(By.cssSelector(".opblock-post .opblock-summary")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-body")));
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-body pre, .opblock-body .model-example")));
            assertEquals(java.util.List.of(), Console.cspViolations(page),
                    "Swagger UI works under its policy without 'unsafe-inline'");
            Console.screenshots(page, "openapi-ui");
        }
    }

    @Test
    @DisplayName("R11, R12: a marketer composes a campaign, tests it, sends it and watches it finish in the browser")
    void marketerComposesTestsSendsAndWatchesACampaignFinish() {
        String[] marketer = shared("marketing");
        String specialty = "Console " + Api.unique("specialty").replace("-", " ");
        String first = Api.unique("camp-a") + "@example.com";
        String second = Api.unique("camp-b") + "@example.com";
        demoRequest("Casey First", first, specialty);
        demoRequest("Morgan Second", second, specialty);
        String tester = Api.unique("qa") + "@psynergybilling.com";
        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.signIn(page, publicUrl, marketer[0], marketer[1]);
            page.findElement(By.linkText("Marketing")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Compose a campaign")));
            page.findElement(By.linkText("Compose a campaign")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("textBody")));
            page.findElement(By.id("name")).sendKeys("Console spring offer");
            page.findElement(By.id("subject")).sendKeys("A spring offer for {{organization}}");
            page.findElement(By.id("textBody")).sendKeys("Hello {{fullName}},\n\nOur spring offer is here.");
            page.findElement(By.cssSelector("input[name=sources][value=DEMO_REQUEST]")).click();
            page.findElement(By.id("specialties")).sendKeys(specialty);
            Console.screenshots(page, "console-marketing-compose");
            page.findElement(By.id("create")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("eligible")));
            assertEquals("2", page.findElement(By.id("eligible")).getText(), "the audience count");
            assertEquals("A spring offer for Example Clinic", page.findElement(By.id("preview-subject")).getText(),
                    "the preview is rendered by the real template");
            assertTrue(page.findElement(By.id("preview-text")).getText().contains("Hello Test Recipient"));
            Console.screenshots(page, "console-marketing-campaign");
            page.findElement(By.id("to")).sendKeys(tester);
            page.findElement(By.id("send-test")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "test message"));
            mailbox.await(tester, 1, java.time.Duration.ofSeconds(60));
            page.findElement(By.id("send")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "Sending has started"));
            new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(120)).until(
                    ExpectedConditions.textToBe(By.id("campaign-status"), "FINISHED"));
            assertEquals("2", page.findElement(By.id("count-sent")).getText(), "the progress updated by itself");
            Console.screenshots(page, "console-marketing-finished");
        }
        mailbox.await(first, 1, java.time.Duration.ofSeconds(30));
        mailbox.await(second, 1, java.time.Duration.ofSeconds(30));
        var listed = Api.json(api.get("api/v1/campaigns?limit=5", Api.as(marketer[0], marketer[1])));
        assertTrue(listed.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("Console spring offer")
                        && c.getString("status").equals("FINISHED")), listed.toString());
    }

    @Test
    @DisplayName("R25, R26: a marketer creates a webinar in the browser and sees its registrants as the API shows them, each read audited alike")
    void marketerCreatesAWebinarAndSeesItsRegistrantsAsTheApiDoes() {
        String[] marketer = shared("marketing");
        String[] privacy = shared("privacy");
        String title = "Console webinar " + Api.unique("w");
        String email = Api.unique("attendee") + "@example.com";
        String webinarId;
        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.signIn(page, publicUrl, marketer[0], marketer[1]);
            Console.screenshots(page, "console-home-marketing");
            page.findElement(By.linkText("Marketing")).click();
            page.findElement(By.linkText("Webinars")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("create-webinar")));
            Console.screenshots(page, "console-marketing-webinars");
            page.findElement(By.id("title")).sendKeys(title);
            Console.setValue(page, By.id("startsAt"), "2000-01-01T10:00");
            page.findElement(By.id("create-webinar")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error"),
                    "startsAt: must be in the future"));
            page.findElement(By.id("title")).sendKeys(title);
            Console.setValue(page, By.id("startsAt"), java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
                    .plusDays(10).withHour(17).withMinute(0).withSecond(0).withNano(0).toString());
            page.findElement(By.id("create-webinar")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("registrant-count")));
            assertEquals("0", page.findElement(By.id("registrant-count")).getText());
            assertTrue(page.findElement(By.cssSelector(".empty")).getText().contains("Nobody has registered yet"));
            assertTrue(page.findElement(By.id("starts-at")).getText().endsWith("17:00 UTC"),
                    "a date for people: " + page.findElement(By.id("starts-at")).getText());
            Console.screenshots(page, "console-marketing-webinar-empty");
            webinarId = page.getCurrentUrl().replaceAll("^.*/webinars/([0-9a-f-]{36}).*$", "$1");
            var registered = api.postJson("api/v1/webinar-registrations", "{\"webinarId\":\"" + webinarId
                    + "\",\"fullName\":\"Lee Attendee & Co (Jr.)\",\"email\":\"" + email
                    + "\",\"organization\":\"Lee Cardiology\",\"practiceSpecialty\":\"Electrophysiology\",\"ageConfirmed\":true}");
            assertEquals(201, registered.statusCode(), registered.body());
            page.navigate().refresh();
            Console.waitFor(page).until(ExpectedConditions.textToBe(By.id("registrant-count"), "1"));
            Console.screenshots(page, "console-marketing-webinar");
            assertTrue(page.findElement(By.tagName("tbody")).getText().contains("Lee Attendee & Co (Jr.)"));
        }
        var fromApi = Api.parse(api.get("api/v1/webinars/" + webinarId + "/registrations",
                Api.as(marketer[0], marketer[1])).body()).asJsonArray().getJsonObject(0);
        var page = Console.signIn(api, marketer[0], marketer[1]).get("console/marketing/webinars/" + webinarId);
        var sent = java.util.Map.of("fullName", "Lee Attendee &amp; Co (Jr.)", "email", email,
                "organization", "Lee Cardiology", "practiceSpecialty", "Electrophysiology");
        var labels = java.util.Map.of("fullName", "Name", "email", "Email", "organization", "Organization",
                "practiceSpecialty", "Specialty");
        for (String field : sent.keySet()) {
            String cell = "<td data-label=\"" + labels.get(field) + "\">";
            if (!fromApi.containsKey(field) || fromApi.isNull(field)) {
                assertTrue(page.body().contains(cell + "</td>"), field + " withheld alike");
            } else {
                assertTrue(page.body().contains(cell + escaped(fromApi.getString(field)) + "</td>"),
                        field + " shown as the API shows it");
                assertEquals(sent.get(field), escaped(fromApi.getString(field)));
            }
        }
        String registration = fromApi.getString("registrationId");
        var entries = Api.json(api.get("api/v1/audit?actor=" + marketer[0] + "&limit=200", Api.as(privacy[0], privacy[1])))
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("READ_WEBINAR_REGISTRANT"))
                .filter(e -> e.getString("detail").equals("webinar-registration " + registration)).toList();
        assertEquals(3, entries.size(), "the browser's read, the API's and the console's over HTTP: " + entries);
        for (String key : java.util.List.of("subject", "purpose", "detail")) {
            assertEquals(entries.get(0).get(key), entries.get(1).get(key), key);
            assertEquals(entries.get(0).get(key), entries.get(2).get(key), key);
        }
    }

    @Test
    @DisplayName("R11: a campaign scheduled in the browser sends nothing before its start time and everything after")
    void aScheduledCampaignStartsByItselfWhenDue() {
        String[] marketer = shared("marketing");
        String[] asMarketing = Api.as(marketer[0], marketer[1]);
        String specialty = "Scheduled " + Api.unique("specialty").replace("-", " ");
        String first = Api.unique("sched-a") + "@example.com";
        String second = Api.unique("sched-b") + "@example.com";
        demoRequest("Riley Early", first, specialty);
        demoRequest("Jordan Later", second, specialty);
        String body = jakarta.json.Json.createObjectBuilder().add("name", "Scheduled " + Api.unique("c"))
                .add("subject", "Later, {{fullName}}").add("textBody", "It is time.")
                .add("audience", jakarta.json.Json.createObjectBuilder()
                        .add("sources", jakarta.json.Json.createArrayBuilder().add("DEMO_REQUEST"))
                        .add("practiceSpecialties", jakarta.json.Json.createArrayBuilder().add(specialty))).build().toString();
        var created = api.postJson("api/v1/campaigns", body, asMarketing);
        assertEquals(201, created.statusCode(), created.body());
        String id = Api.json(created).getString("id");

        var past = api.postJson("api/v1/campaigns/" + id + "/send", "{\"startAt\":\"2020-01-01T00:00:00Z\"}", asMarketing);
        assertEquals(400, past.statusCode(), past.body());
        assertTrue(past.body().contains("startAt"), past.body());
        var far = Api.json(api.postJson("api/v1/campaigns/" + id + "/send", "{\"startAt\":\""
                + Instant.now().plusSeconds(86_400) + "\"}", asMarketing));
        assertEquals("SCHEDULED", far.getString("status"));
        assertTrue(far.containsKey("startAt") && !far.isNull("startAt"), far.toString());
        var unscheduled = Api.json(api.postJson("api/v1/campaigns/" + id + "/pause", "", asMarketing));
        assertEquals("DRAFT", unscheduled.getString("status"), "pausing a scheduled campaign makes it a draft again");

        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.signIn(page, publicUrl, marketer[0], marketer[1]);
            page.get(publicUrl + "/console/marketing/" + id);
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("schedule")));
            Instant startAt = Instant.now().plusSeconds(8).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Console.setValue(page, By.id("startAt"), java.time.LocalDateTime.ofInstant(startAt, java.time.ZoneOffset.UTC)
                    .toString());
            page.findElement(By.id("schedule")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "Scheduled"));
            assertEquals("SCHEDULED", page.findElement(By.id("campaign-status")).getText());
            Console.screenshots(page, "console-marketing-scheduled");
            var scheduled = Api.json(api.get("api/v1/campaigns/" + id, asMarketing));
            assertEquals(startAt.toString(), scheduled.getString("startAt"));
            // Until its start time nothing is queued and nothing arrives; polled, not slept through.
            Mailbox.until(java.time.Duration.ofSeconds(60), () -> {
                boolean early = Instant.now().isBefore(startAt.minusSeconds(1));
                var now = Api.json(api.get("api/v1/campaigns/" + id, asMarketing));
                if (early) {
                    assertEquals("SCHEDULED", now.getString("status"), "not before " + startAt);
                    assertEquals(0, now.getJsonNumber("recipients").longValue());
                    assertTrue(mailbox.to(first).isEmpty() && mailbox.to(second).isEmpty(), "nothing sent before " + startAt);
                }
                return !early;
            }, "the start time");
            new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(120)).until(
                    ExpectedConditions.textToBe(By.id("campaign-status"), "FINISHED"));
            assertEquals("2", page.findElement(By.id("count-sent")).getText());
            mailbox.await(first, 1, java.time.Duration.ofSeconds(30));
            mailbox.await(second, 1, java.time.Duration.ofSeconds(30));
            var finished = Api.json(api.get("api/v1/campaigns/" + id, asMarketing));
            assertFalse(Instant.parse(finished.getString("startedAt")).isBefore(startAt), finished.toString());
        }
    }

    @Test
    @DisplayName("R4, R20, R26: the officer places and releases a legal hold, reports a minor and searches the audit log in the browser, as the API records it")
    void officerKeepsLegalHoldsReportsAMinorAndSearchesTheAuditLog() {
        String[] officer = shared("privacy");
        String email = Api.unique("held") + "@example.com";
        demoRequest("Sky Held", email);
        String reference = "LIT-" + Api.unique("h").replaceAll("[^A-Za-z0-9]", "");
        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.signIn(page, publicUrl, officer[0], officer[1]);
            Console.screenshots(page, "console-home-privacy");
            page.get(publicUrl + "/console/privacy/holds");
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("place-hold")));
            page.findElement(By.id("hold-email")).sendKeys(email);
            new org.openqa.selenium.support.ui.Select(page.findElement(By.id("hold-reason"))).selectByValue("LITIGATION");
            page.findElement(By.id("hold-reference")).sendKeys("has spaces");
            page.findElement(By.id("place-hold")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error")));
            assertTrue(page.findElement(By.cssSelector(".error")).getText().contains("reference"));
            page.findElement(By.id("hold-email")).sendKeys(email);
            new org.openqa.selenium.support.ui.Select(page.findElement(By.id("hold-reason"))).selectByValue("LITIGATION");
            page.findElement(By.id("hold-reference")).sendKeys(reference);
            page.findElement(By.id("place-hold")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "in force"));
            var held = page.findElements(By.cssSelector("tbody tr")).stream()
                    .filter(r -> r.getText().contains(reference)).findFirst().orElseThrow();
            assertTrue(held.getText().contains("LITIGATION") && held.getText().contains("In force"), held.getText());
            assertFalse(page.getPageSource().contains(email), "the list never names whose");
            Console.screenshots(page, "console-privacy-holds");

            page.findElement(By.linkText("Minor reports")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("report-minor")));
            Console.screenshots(page, "console-privacy-minors");
            page.findElement(By.id("minor-email")).sendKeys(email);
            page.findElement(By.id("report-minor")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.id("minor-result"),
                    "LEGAL_OBLIGATION"));

            page.findElement(By.linkText("Audit log")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("search-audit")));
            Console.screenshots(page, "console-privacy-audit-empty");
            page.findElement(By.id("subjectEmail")).sendKeys(email);
            page.findElement(By.id("search-audit")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tbody tr")));
            String found = page.findElement(By.tagName("tbody")).getText();
            assertTrue(found.contains("LEGAL_HOLD_PLACED"), found);
            Console.screenshots(page, "console-privacy-audit");
            var consoleSeqs = page.findElements(By.cssSelector("tbody tr")).stream()
                    .map(r -> Long.parseLong(r.getAttribute("id").substring("audit-".length()))).toList();
            var fromApi = Api.json(api.get("api/v1/audit?limit=200&subjectEmail="
                    + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8), Api.as(officer[0], officer[1])))
                    .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class);
            var apiSeqs = fromApi.stream().map(e -> e.getJsonNumber("seq").longValue()).toList();
            assertEquals(consoleSeqs, apiSeqs.subList(apiSeqs.size() - consoleSeqs.size(), apiSeqs.size()),
                    "the console's search finds what the API's finds");
            assertEquals("READ_AUDIT_LOG", fromApi.get(0).getString("action"), "the console's search is itself audited");
            assertEquals(officer[0], fromApi.get(0).getString("actor"));

            page.findElement(By.linkText("Legal holds")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("place-hold")));
            page.findElements(By.cssSelector("tbody tr")).stream().filter(r -> r.getText().contains(reference))
                    .findFirst().orElseThrow().findElement(By.cssSelector("button.danger")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                    "released"));
            assertTrue(page.findElements(By.cssSelector("tbody tr")).stream().filter(r -> r.getText().contains(reference))
                    .findFirst().orElseThrow().getText().contains("Released"));
            page.findElement(By.linkText("Minor reports")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("minor-email")));
            page.findElement(By.id("minor-email")).sendKeys(email);
            page.findElement(By.id("report-minor")).click();
            Console.waitFor(page).until(ExpectedConditions.textToBePresentInElementLocated(By.id("minor-result"),
                    "deleted"));
        }
        var actions = Api.json(api.get("api/v1/audit?limit=50&actor=" + officer[0], Api.as(officer[0], officer[1])))
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertTrue(actions.containsAll(java.util.List.of("LEGAL_HOLD_PLACED", "LEGAL_HOLD_RELEASED")), actions.toString());
    }

    @Test
    void theSignInPageAndEmptyStatesSayWhatToDo() {
        try (var browser = Browser.start(host(), base.getPort())) {
            var page = browser.driver();
            Console.watchCsp(page);
            page.get(publicUrl + "/console/login");
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertEquals("User name", page.findElement(By.cssSelector("label[for=username]")).getText());
            Console.screenshots(page, "console-sign-in");
            page.findElement(By.id("username")).sendKeys("nobody-" + Api.unique("x").toLowerCase());
            page.findElement(By.id("password")).sendKeys("not-the-password");
            page.findElement(By.cssSelector("main button[type=submit]")).click();
            Console.waitFor(page).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error")));
            Console.screenshots(page, "console-sign-in-refused");
        }
    }

    private String host() {
        return java.net.URI.create(publicUrl).getHost();
    }

    // ---- The public pages as visitors use them, in Chromium: the example demo-request form from filling
    // ---- to the thank-you page, and the removal link of a received referral invitation (formerly BrowserIT).

    /**
     * The browser opens the form at the service's public URL (the pom's LEADS_PUBLIC_URL), which it
     * resolves to the service on loopback: the form page's CSP ({@code form-action 'self'}) also
     * governs the 303 after the post, so Chromium follows it to the public thank-you page only from
     * that origin, as for a visitor of the real service.
     */
    private URI site() {
        return URI.create(publicUrl + "/");
    }

    private URI form() {
        return site().resolve(FORM);
    }

    @Test
    void demoRequestFormIsFilledPostedAndLandsOnTheThankYouPage() {
        String email = Api.unique("browser") + "@example.com";
        try (var browser = openForm()) {
            WebDriver page = browser.driver();
            type(page, "fullName", "Dana Browser");
            type(page, "email", email);
            type(page, "phone", "+1 217 555 0199");
            type(page, "organization", "Lakeside Physical Therapy");
            type(page, "businessAddress", "12 Shore Road\nSpringfield, IL 62704");
            type(page, "practiceSpecialty", "Physical therapy");
            type(page, "providerCount", "7");
            new Select(page.findElement(By.name("requestType"))).selectByValue("PRICING");
            type(page, "productInterest", "Claims and eligibility");
            type(page, "comments", "Line one\nLine two");
            page.findElement(By.name("ageConfirmed")).click();
            page.findElement(By.name("partnerSharingConsent")).click();

            var honeypot = page.findElement(By.name("website"));
            assertFalse(honeypot.isDisplayed(), "people never see the honeypot");
            assertEquals("", honeypot.getDomProperty("value"));

            page.findElement(By.cssSelector("button[type=submit]")).click();
            String thankYou = site().resolve("/thank-you").toString();
            // The built-in thank-you page links the post's consent receipt (?receipt=<token>).
            new WebDriverWait(page, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(
                    "^" + java.util.regex.Pattern.quote(thankYou) + "\\?receipt=[A-Za-z0-9._-]+$"));
            assertEquals("Thank you", page.findElement(By.tagName("h1")).getText());
        }

        var stored = storedWith(email);
        assertEquals(1, stored.size(), "exactly one request for " + email);
        var request = stored.get(0);
        assertEquals("Dana Browser", request.getString("fullName"));
        assertEquals("+1 217 555 0199", request.getString("phone"));
        assertEquals("Lakeside Physical Therapy", request.getString("organization"));
        // A browser sends a textarea's line breaks as CRLF, whatever was typed.
        assertEquals("12 Shore Road\nSpringfield, IL 62704", lf(request.getString("businessAddress")));
        assertEquals("Physical therapy", request.getString("practiceSpecialty"));
        assertEquals(7, request.getInt("providerCount"));
        assertEquals("PRICING", request.getString("requestType"));
        assertEquals("Claims and eligibility", request.getString("productInterest"));
        assertEquals("Line one\nLine two", lf(request.getString("comments")));
        assertTrue(request.getBoolean("partnerSharingConsent"));
        assertFalse(request.containsKey("pageUrl") && !request.isNull("pageUrl"), "the example leaves pageUrl empty");
        assertEquals("PRICING_REQUEST", request.getJsonObject("collection").getString("sourceForm"));
    }

    @Test
    @DisplayName("R4: the form does not leave the browser without the 18-or-older confirmation")
    void browserKeepsTheFormUntilAgeIsConfirmed() {
        String email = Api.unique("unconfirmed") + "@example.com";
        try (var browser = openForm()) {
            WebDriver page = browser.driver();
            type(page, "fullName", "Not Confirmed");
            type(page, "email", email);
            page.findElement(By.cssSelector("button[type=submit]")).click();

            assertEquals(form().toString(), page.getCurrentUrl());
            String message = page.findElement(By.name("ageConfirmed")).getDomProperty("validationMessage");
            assertFalse(message == null || message.isEmpty(), "the browser asks for the checkbox");
        }
        assertTrue(storedWith(email).isEmpty(), "nothing sent, nothing stored");
    }

    @Test
    @DisplayName("R9: a referred colleague opens the removal link of a received invitation, presses the button, "
            + "and is removed")
    void referredColleagueRemovesThemselvesFromTheInvitation() {
        String colleague = Api.unique("colleague") + "@example.com";
        String referrer = Api.unique("r") + "@example.com";
        String referral = "{\"referrerName\":\"Dr. Jane Doe\",\"referrerEmail\":\"" + referrer
                + "\",\"colleagues\":[{\"name\":\"Dr. Sam Lee\",\"email\":\"" + colleague
                + "\"}],\"permissionConfirmed\":true,\"ageConfirmed\":true}";
        assertEquals(202, api.postJson("api/v1/referrals", referral).statusCode());
        PublicIntakeIT.confirmByMail(api, mailbox, referrer);
        var invitation = mailbox.await(colleague, 1, Duration.ofSeconds(60)).get(0);
        String link = Mailbox.links(Mailbox.part(invitation, "text/html")).stream()
                .filter(l -> l.contains("/referrals/remove?token=")).findFirst().orElseThrow();

        try (var browser = Browser.start(host(), api.uri("/").getPort())) {
            WebDriver page = browser.driver();
            page.get(link);
            assertEquals("Remove your address", page.findElement(By.tagName("h1")).getText());
            page.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(page, Duration.ofSeconds(30))
                    .until(ExpectedConditions.urlToBe(site().resolve("/referrals/removed").toString()));
            assertEquals("You have been removed", page.findElement(By.tagName("h1")).getText());
        }

        assertEquals(202, api.postJson("api/v1/referrals", referral.replace("Dr. Jane Doe", "Dr. Other Referrer"))
                .statusCode());
        api.awaitDispatcherRounds(5, Duration.ofSeconds(60));
        assertEquals(1, mailbox.to(colleague).size(), "removed: never invited again");
    }

    private Browser openForm() {
        var browser = Browser.start(host(), api.uri("/").getPort());
        try {
            browser.driver().get(form().toString());
            assertEquals("Request a demo · Psynergy Billing", browser.driver().getTitle());
            return browser;
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    private static void type(WebDriver page, String name, String text) {
        page.findElement(By.name(name)).sendKeys(text);
    }

    private List<JsonObject> storedWith(String email) {
        return api.demoRequestsOf(email, CLASS_STARTED, Api.as(shared("sales")[0], shared("sales")[1]));
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n");
    }
}
