package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leads in and out: partner sharing (people post forms, an administrator exports to a partner, the
 * privacy officer reads the disclosures in the audit log), imports of leads and suppression files,
 * and webhooks to a CRM (signed, retried, filtered, and told of opt-outs and erasures). One Payara
 * Micro serves the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataExchangeIT {

    static final Duration DELIVERY = Duration.ofSeconds(60);
    static final String RECORD = "source=DEMO_REQUEST&policyVersion=2024-06-30&collectedAt=2025-03-01T12:00:00Z"
            + "&purposes=PROVIDING_THE_SERVICE,BUSINESS_OPERATIONS,COMMUNICATING_WITH_YOU,MARKETING";
    /** One privacy officer for the class: each new staff user costs the service a slow password hash. */
    static String officer;
    static String[] asOfficer;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    /** One request the receiver got. */
    record Received(String path, String id, String timestamp, String signature, String body) {

        JsonObject json() {
            return (JsonObject) Api.parse(body);
        }

        String type() {
            return json().getString("type");
        }
    }

    static HttpServer receiver;
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** Per path, how many requests to answer 500 before answering 200. */
    static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
    /** Paths that answer 410 Gone. */
    static final java.util.Set<String> GONE = ConcurrentHashMap.newKeySet();
    static Mailbox mailbox;

    @ArquillianResource
    URL base;

    Api api;
    String specialty;
    final List<String> registered = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        mailbox = Mailbox.start();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", DataExchangeIT::receive);
        receiver.start();
    }

    /** The imports write people, submissions and the list in JDBC batches: their contact states too (V26). */
    @AfterAll
    static void stop() {
        receiver.stop(0);
        mailbox.close();
        Tables.assertContactStatesKept();
    }

    static void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            String path = exchange.getRequestURI().getPath();
            RECEIVED.add(new Received(path, headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body));
            var failures = FAILURES.get(path);
            int status = GONE.contains(path) ? 410 : failures != null && failures.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        if (officer == null) {
            officer = Api.unique("officer").toLowerCase();
            asOfficer = Api.as(officer, api.staff(officer, "privacy"));
        }
        specialty = Api.unique("Spec");
    }

    /** Other test classes share the database: endpoints registered here must not outlive the test. */
    @AfterEach
    void removeEndpoints() {
        registered.forEach(id -> api.send(api.request("api/v1/webhooks/" + id).DELETE().headers(Api.admin())));
    }

    /*
     * Partner sharing end to end: people post forms, an administrator exports to a partner, the privacy
     * officer reads the disclosures in the audit log. State no endpoint sets yet (a withdrawal, a minor,
     * an erasure) is set in the database, as the rights component will set it.
     */

    @Test
    @DisplayName("R14, R16: an export holds people who consented, never those without consent, who withdrew, sent "
            + "GPC, are minors, erased or barred from sale and sharing; an unsubscribe or a stranger's referral removal "
            + "is no opt-out of sharing")
    void onlyConsentingPeopleAreExported() throws SQLException {
        String yes = person("yes", true);
        String never = person("never", false);
        String gpc = Api.unique("gpc") + "@example.com";
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(gpc, "Gpc Person", true), "Sec-GPC", "1").statusCode());
        String withdrawn = person("withdrawn", true);
        sql("update people set partner_consent = false where email = ?", withdrawn);
        String minor = person("minor", true);
        sql("update people set minor = true where email = ?", minor);
        sql("update contact_states set minor = true where person_id = (select id from people where email = ?)", minor);
        String erased = person("erased", true);
        sql("update people set erased_at = current_timestamp where email = ?", erased);
        sql("update contact_states set erased = true where person_id = (select id from people where email = ?)", erased);
        String unsubscribed = person("unsubscribed", true);
        sql("update people set unsubscribed_at = current_timestamp where email = ?", unsubscribed);
        sql("update contact_states set unsubscribed = true where person_id = (select id from people where email = ?)", unsubscribed);
        String listed = person("listed", true);
        sql("insert into do_not_contact (address_hash, kind, reason, created_at) select address_hash,"
                + " 'NO_SALE_OR_SHARING', 'OPT_OUT_SALE', current_timestamp from people where email = ?", listed);
        String uninvited = person("uninvited", true);
        assertEquals(202, api.postJson("api/v1/referral-removals", "{\"email\":\"" + uninvited + "\"}").statusCode());
        Mailbox.until(Duration.ofSeconds(60), () -> "0".equals(Tables.value(
                "select count(*) from referral_removal_requests where id <> ?", "")), "the removal job");

        var exported = exportAll(partner("Everyone Inc"));
        assertTrue(exported.containsKey(yes), "the consenting person is exported");
        assertTrue(exported.containsKey(unsubscribed), "unsubscribing stops our email, not a consented export");
        assertTrue(exported.containsKey(uninvited), "a removal by address bars invitations only");
        assertEquals("Yes Person", exported.get(yes).getString("name"));
        for (String out : List.of(never, gpc, withdrawn, minor, erased, listed)) {
            assertFalse(exported.containsKey(out), out + " must not be exported");
        }
    }

    @Test
    @DisplayName("R14, R21: a later form that says no to partner sharing withdraws consent; consent given again covers "
            + "only the record collected with it")
    void aLaterFormWithdrawsConsent() {
        String email = Api.unique("changes") + "@example.com";
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email, "First Yes", true)).statusCode());
        String partner = partner("Changing Minds");
        assertEquals("First Yes", exportAll(partner).get(email).getString("name"));
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email, "Then No", false)).statusCode());
        assertFalse(exportAll(partner).containsKey(email), "the latest form said no");
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email, "Yes Again", true)).statusCode());
        assertEquals("Yes Again", exportAll(partner).get(email).getString("name"), "only the new consent's record");
        var disclosed = audit("subjectEmail=" + encode(email));
        assertTrue(disclosed.size() >= 2, disclosed.toString());
    }

    @Test
    @DisplayName("R4, R16: a reported minor's later forms are refused: answered like any other, and nothing is stored "
            + "for sales, marketing or a partner")
    void aReportedMinorsNewFormsAreRefused() {
        String minor = Api.unique("minor") + "@example.com";
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(minor, "Max Minor", true)).statusCode());
        var reported = api.postJson("api/v1/minor-reports", "{\"email\":\"" + minor + "\"}", asOfficer);
        assertEquals(200, reported.statusCode(), reported.body());
        var again = api.postJson("api/v1/demo-requests", demo(minor, "Max Minor", true));
        assertEquals(201, again.statusCode(), "answered as any form is: " + again.body());
        assertEquals("RECEIVED", Api.json(again).getString("status"));
        assertEquals("0", Tables.value("select count(*) from people where email = ?", minor), "no person, no lead");
        assertEquals(List.of(), Tables.holding("Max Minor"), "nothing of the form is stored anywhere");
        assertFalse(exportAll(partner("Minors Never")).containsKey(minor));
    }

    @Test
    @DisplayName("R3: a partner export carries Basic Identifiers only: name and email, never Professional Information "
            + "or User Content")
    void basicIdentifiersOnly() {
        String email = Api.unique("basic") + "@example.com";
        var body = Json.createObjectBuilder().add("fullName", "Dr. Basic Only").add("email", email)
                .add("phone", "+1 217 555 0100").add("organization", "Basic Clinic")
                .add("practiceSpecialty", "Orthopedics-Secret").add("providerCount", 7)
                .add("comments", "private-comment-text").add("ageConfirmed", true)
                .add("partnerSharingConsent", true).build().toString();
        assertEquals(201, api.postJson("api/v1/demo-requests", body).statusCode());
        String partner = partner("Basic Partners");

        var row = exportAll(partner).get(email);
        assertNotNull(row, "exported");
        assertEquals(Set.of("name", "email"), row.keySet(), "name and email only: " + row);
        assertEquals("Dr. Basic Only", row.getString("name"));
        String csv = csvAll(partner);
        assertTrue(csv.startsWith("\"name\",\"email\"\r\n"), csv.substring(0, Math.min(80, csv.length())));
        assertTrue(csv.contains("\"Dr. Basic Only\",\"" + email + "\"\r\n"));
        for (String withheld : List.of("Orthopedics-Secret", "private-comment-text", "Basic Clinic", "555 0100")) {
            assertFalse(csv.contains(withheld), withheld + " must not reach a partner");
        }
    }

    @Test
    @DisplayName("R15, R26: every exported person has a disclosure record and an audit entry, written with the export")
    void everyRowIsLoggedAsADisclosure() throws SQLException {
        String first = person("logged", true);
        String second = person("logged", true);
        String partner = partner("Logged Partners");
        var export = Api.json(api.send(api.request("api/v1/partners/" + partner + "/exports?limit=1000")
                .headers(Api.admin()).POST(HttpRequest.BodyPublishers.noBody())));
        String exportId = export.getString("exportId");
        int count = export.getInt("count");
        assertEquals(count, export.getJsonArray("people").size());
        try (Connection db = Tables.connect(); var rows = db.prepareStatement("select count(*), min(partner_id),"
                + " max(partner_id), min(categories), max(categories), min(purpose), min(recipient_category),"
                + " count(distinct person_id) from disclosures where export_id = ?")) {
            rows.setString(1, exportId);
            try (var r = rows.executeQuery()) {
                r.next();
                assertEquals(count, r.getInt(1), "one disclosure per exported person");
                assertEquals(partner, r.getString(2));
                assertEquals(partner, r.getString(3));
                assertEquals("BASIC_IDENTIFIERS", r.getString(4));
                assertEquals("BASIC_IDENTIFIERS", r.getString(5));
                assertEquals("WITH_CONSENT", r.getString(6));
                assertEquals("BUSINESS_PARTNERS", r.getString(7));
                assertEquals(count, r.getInt(8), "each about another person");
            }
        }
        var exported = new ArrayList<String>();
        export.getJsonArray("people").forEach(p -> exported.add(p.asJsonObject().getString("email")));
        if (export.containsKey("nextCursor")) {
            exported.addAll(exportAll(partner).keySet());
        }
        assertTrue(exported.containsAll(List.of(first, second)), "both consenting people are exported");
        for (String email : List.of(first, second)) {
            var entries = audit("subjectEmail=" + encode(email.toUpperCase()));
            assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("DISCLOSE_TO_PARTNER")
                    && e.getString("detail").contains(partner) && e.getString("actor").equals("admin")
                    && e.getString("purpose").equals("WITH_CONSENT")), "the disclosure is audited: " + entries);
        }
    }

    @Test
    @DisplayName("CSV exports neutralise cells a spreadsheet would run as formulas")
    void csvCellsAreNeutralised() {
        // A name may start with a dash and an address with = or +: both are valid, and both are formulas.
        String email = "=" + Api.unique("formula") + "@example.com";
        assertEquals(201, api.postJson("api/v1/demo-requests", demo(email, "-Minus Person", true)).statusCode());
        String csv = csvAll(partner("Spreadsheet Partners"));
        assertTrue(csv.contains("\"'-Minus Person\",\"'" + email + "\"\r\n"), "neutralised and quoted");
        assertFalse(csv.contains("\"-Minus Person\"") || csv.contains("\"" + email), "never a bare formula");
    }

    @Test
    @DisplayName("R25, R26: the privacy officer searches the audit log by subject, actor and time; searching is audited")
    void auditSearch() throws SQLException {
        Instant start = Instant.now().minusSeconds(2);
        String email = person("searched", true);
        String other = person("other", true);
        String partner = partner("Searched Partners");
        exportAll(partner);

        var about = audit("subjectEmail=" + encode(" " + email + " ") + "&since=" + encode(start.toString()));
        assertFalse(about.isEmpty());
        String hash = about.get(0).getString("subject");
        assertTrue(about.stream().allMatch(e -> hash.equals(e.getString("subject", null))), "that person's only");
        assertTrue(about.stream().noneMatch(e -> e.toString().contains(email) || e.toString().contains(other)),
                "no addresses in the log");
        assertEquals(hash, storedHash(email), "whose is the person's keyed address hash");

        var byAdmin = audit("actor=admin&since=" + encode(start.toString()));
        assertTrue(byAdmin.stream().allMatch(e -> e.getString("actor").equals("admin")));
        assertTrue(byAdmin.stream().anyMatch(e -> e.getString("detail").contains(partner)));
        assertTrue(audit("actor=admin&since=" + encode(Instant.now().plusSeconds(3600).toString())).isEmpty());

        var reads = audit("actor=" + officer);
        assertTrue(reads.stream().anyMatch(e -> e.getString("action").equals("READ_AUDIT_LOG")
                && hash.equals(e.getString("subject", null))), "the search about the person is itself audited");

        var page = Api.json(api.get("api/v1/audit?limit=1&actor=admin", asOfficer));
        assertEquals(1, page.getJsonArray("items").size());
        var next = Api.json(api.get("api/v1/audit?limit=1&actor=admin&cursor=" + page.getString("nextCursor"), asOfficer));
        assertTrue(next.getJsonArray("items").getJsonObject(0).getJsonNumber("seq").longValue()
                < page.getJsonArray("items").getJsonObject(0).getJsonNumber("seq").longValue(), "older entries next");

        for (String bad : List.of("subjectEmail=not-an-address", "since=yesterday", "limit=0", "cursor=abc")) {
            var refused = api.get("api/v1/audit?" + bad, asOfficer);
            assertEquals(400, refused.statusCode(), bad);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        }
        var chain = Api.json(api.get("api/v1/audit/chain", asOfficer));
        assertTrue(chain.getBoolean("intact"), chain.toString());
    }

    @Test
    void partnersAndExportsRefuseWhatIsMalformed() {
        for (String body : List.of("{}", "{\"name\":\"  \"}", "{\"name\":\"two\\nlines\"}")) {
            var refused = api.postJson("api/v1/partners", body, Api.admin());
            assertEquals(400, refused.statusCode(), body);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        }
        String partner = partner("Strict Partners");
        assertEquals(404, exportPost("api/v1/partners/" + "0".repeat(36) + "/exports", "application/json").statusCode());
        for (String query : List.of("?limit=0", "?limit=1001", "?cursor=not-a-cursor")) {
            var refused = exportPost("api/v1/partners/" + partner + "/exports" + query, "application/json");
            assertEquals(400, refused.statusCode(), query);
        }
        var doc = Api.json(api.get("openapi", "Accept", "application/json")).getJsonObject("paths");
        for (String path : List.of("/api/v1/partners", "/api/v1/partners/{id}/exports", "/api/v1/audit")) {
            assertTrue(doc.containsKey(path), "OpenAPI lacks " + path);
        }
        var exports = doc.getJsonObject("/api/v1/partners/{id}/exports");
        var ok = exports.getJsonObject("post").getJsonObject("responses").getJsonObject("200");
        assertNotNull(ok, exports.toString());
        var content = ok.getJsonObject("content");
        assertTrue(content.containsKey("application/json") && content.containsKey("text/csv"), exports.toString());
    }

    private String person(String prefix, boolean consent) {
        String email = Api.unique(prefix) + "@example.com";
        String name = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " Person";
        var created = api.postJson("api/v1/demo-requests", demo(email, name, consent));
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    private static String demo(String email, String name, boolean consent) {
        return Json.createObjectBuilder().add("fullName", name).add("email", email).add("ageConfirmed", true)
                .add("partnerSharingConsent", consent).build().toString();
    }

    private String partner(String name) {
        var created = api.postJson("api/v1/partners", Json.createObjectBuilder().add("name", Api.unique(name))
                .build().toString(), Api.admin());
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getString("id");
    }

    private HttpResponse<String> exportPost(String path, String accept) {
        return api.send(api.request(path).headers(Api.admin()).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Every page of a JSON export, by address. */
    private Map<String, JsonObject> exportAll(String partner) {
        var rows = new LinkedHashMap<String, JsonObject>();
        String cursor = null;
        do {
            var answer = exportPost("api/v1/partners/" + partner + "/exports?limit=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor), "application/json");
            assertEquals(200, answer.statusCode(), answer.body());
            var page = Api.json(answer);
            page.getJsonArray("people").forEach(p -> rows.put(p.asJsonObject().getString("email"), p.asJsonObject()));
            cursor = page.getString("nextCursor", null);
        } while (cursor != null);
        return rows;
    }

    /** Every page of a CSV export, concatenated (each page has its header). */
    private String csvAll(String partner) {
        var all = new StringBuilder();
        String cursor = null;
        do {
            var answer = exportPost("api/v1/partners/" + partner + "/exports?limit=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor), "text/csv");
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
            all.append(answer.body());
            cursor = answer.headers().firstValue("Next-Cursor").orElse(null);
        } while (cursor != null);
        return all.toString();
    }

    private List<JsonObject> audit(String query) {
        var answer = api.get("api/v1/audit?limit=200&" + query, asOfficer);
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String storedHash(String email) throws SQLException {
        try (Connection db = Tables.connect(); var query = db.prepareStatement("select address_hash from people where email = ?")) {
            query.setString(1, email);
            try (var r = query.executeQuery()) {
                assertTrue(r.next(), email);
                return r.getString(1);
            }
        }
    }

    private static void sql(String statement, String email) throws SQLException {
        try (Connection db = Tables.connect(); var update = db.prepareStatement(statement)) {
            update.setString(1, email);
            assertEquals(1, update.executeUpdate(), statement);
        }
    }

    /*
     * Imports end to end: a leads file under a declared collection record (refused when the policy does
     * not permit it, rows refused by line, idempotent by digest, progress while it runs, the leads in the
     * sales queue with their record), and a suppression file (keyed hashes only, binding campaigns).
     */

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        var request = api.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return api.send(request);
    }

    HttpResponse<String> importLeads(String query, String csv) {
        return post("api/v1/imports/leads?" + query, "text/csv", csv, Api.admin());
    }

    JsonObject awaitDone(HttpResponse<String> accepted) {
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("api/v1/"));
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var progress = api.get(path, Api.admin());
            assertEquals(200, progress.statusCode(), progress.body());
            JsonObject body = Api.json(progress);
            if (!body.getString("state").equals("RUNNING")) {
                return body;
            }
            assertTrue(Instant.now().isBefore(until), "the import did not finish: " + body);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    String leads(String... rows) {
        var csv = new StringBuilder("fullName,email,organization,practiceSpecialty,ageConfirmed\r\n");
        for (String row : rows) {
            csv.append(row).append("\r\n");
        }
        return csv.toString();
    }

    @Test
    @DisplayName("R1, R3: an import whose declared record the policy does not permit is refused, naming the reason")
    void refusedByThePolicy() {
        String csv = leads("Jane Doe," + Api.unique("refused") + "@example.com,Org," + specialty + ",true");
        var unknownVersion = importLeads(RECORD.replace("2024-06-30", "2019-01-01"), csv);
        assertEquals(422, unknownVersion.statusCode(), unknownVersion.body());
        assertTrue(unknownVersion.body().contains("2019-01-01"), unknownVersion.body());
        assertTrue(unknownVersion.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        var notCollectedFor = importLeads(RECORD.replace("MARKETING", "EMPLOYMENT_DECISIONS"), csv);
        assertEquals(422, notCollectedFor.statusCode(), notCollectedFor.body());
        assertTrue(notCollectedFor.body().contains("EMPLOYMENT_DECISIONS"), notCollectedFor.body());
        var future = importLeads(RECORD.replace("2025-03-01T12:00:00Z", Instant.now().plus(Duration.ofDays(2)).toString()), csv);
        assertEquals(422, future.statusCode(), future.body());
        var consentWithoutEvidence = importLeads(RECORD + ",WITH_CONSENT", csv);
        assertEquals(422, consentWithoutEvidence.statusCode(), consentWithoutEvidence.body());
        var missing = importLeads("source=DEMO_REQUEST", csv);
        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals(415, post("api/v1/imports/leads?" + RECORD, "application/json", "{}", Api.admin()).statusCode());
        String sales = Api.unique("sales").toLowerCase();
        assertEquals(403, post("api/v1/imports/leads?" + RECORD, "text/csv", csv,
                Api.as(sales, api.staff(sales, "sales"))).statusCode());
        assertEquals("0", Tables.value("select count(*) from submissions where practice_specialty = ?", specialty));
    }

    @Test
    @DisplayName("R1: rows are validated as the public form, errors by line; the same file again is the same import; "
            + "progress is readable; an imported lead is in the sales queue with its declared collection record")
    void leadsImportEndToEnd() {
        String jane = Api.unique("jane") + "@example.com";
        String csv = leads("Dr. Jane Doe," + jane.toUpperCase() + ",\"Doe, Smith & Co\"," + specialty + ",true",
                "No Address,not-an-address,Org," + specialty + ",true",
                "Too Few,fields",
                "Young Person," + Api.unique("young") + "@example.com,Org," + specialty + ",false",
                "Jim Doe," + Api.unique("jim") + "@example.com,,," + "yes");
        var accepted = importLeads(RECORD, csv);
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(accepted.headers().firstValue("Location").orElseThrow().contains("/api/v1/imports/"));
        JsonObject first = Api.json(accepted);
        assertEquals(5, first.getInt("rowsTotal"));

        JsonObject done = awaitDone(accepted);
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(5, done.getInt("rowsRead"));
        assertEquals(2, done.getInt("rowsAccepted"), done.toString());
        assertEquals(3, done.getInt("rowsRefused"), done.toString());
        var errors = done.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("3 email", "4 row", "5 ageConfirmed"),
                errors.stream().map(e -> e.getInt("line") + " " + e.getString("field")).toList(), done.toString());
        assertFalse(done.toString().contains("not-an-address"), "errors never quote a value");
        assertEquals(64, done.getString("digest").length());
        assertEquals("DEMO_REQUEST", done.getJsonObject("declared").getString("source"));

        var again = importLeads(RECORD, csv);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first.getString("id"), Api.json(again).getString("id"));
        assertEquals("2", Tables.value("select count(*) from submissions where import_id = ?", first.getString("id")));
        var otherRecord = importLeads(RECORD.replace("12:00:00Z", "13:00:00Z"), csv);
        assertEquals(409, otherRecord.statusCode(), otherRecord.body());

        String sales = Api.unique("sales").toLowerCase();
        String[] asSales = Api.as(sales, api.staff(sales, "sales"));
        var queue = Api.json(api.get("api/v1/demo-requests?practiceSpecialty="
                + URLEncoder.encode(specialty, StandardCharsets.UTF_8), asSales)).getJsonArray("items");
        assertEquals(1, queue.size(), queue.toString());
        JsonObject lead = queue.getJsonObject(0);
        assertEquals(jane, lead.getString("email"));
        assertEquals("Doe, Smith & Co", lead.getString("organization"));
        assertEquals("NEW", lead.getString("status"));
        JsonObject record = lead.getJsonObject("collection");
        assertEquals("DEMO_REQUEST", record.getString("sourceForm"));
        assertEquals("2024-06-30", record.getString("policyVersion"));
        assertEquals(Instant.parse("2025-03-01T12:00:00Z"), Instant.parse(record.getString("collectedAt")));
        assertEquals(List.of("BUSINESS_OPERATIONS", "COMMUNICATING_WITH_YOU", "MARKETING", "PROVIDING_THE_SERVICE"),
                record.getJsonArray("purposes").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).sorted().toList());
        assertEquals(List.of("BASIC_IDENTIFIERS", "PROFESSIONAL_INFORMATION"),
                record.getJsonArray("categories").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).sorted().toList());

        String officer = Api.unique("officer").toLowerCase();
        var audit = Api.json(api.get("api/v1/audit?actor=admin&limit=200", Api.as(officer, api.staff(officer, "privacy"))))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        var entry = audit.stream().filter(e -> e.getString("action").equals("IMPORT_LEADS")
                && e.getString("detail").contains(first.getString("id"))).findFirst().orElseThrow();
        assertTrue(entry.getString("detail").contains(done.getString("digest")), entry.toString());
        assertTrue(entry.getString("detail").contains("2 accepted"), entry.toString());
        assertFalse(entry.toString().toLowerCase().contains(jane), "no address in the audit entry");
    }

    @Test
    @DisplayName("GET /imports: an administrator's list, newest first, paged by cursor, without line errors")
    void importsAreListedNewestFirstInPages() {
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            var accepted = importLeads(RECORD, leads("List Row" + i + "," + Api.unique("list") + "@example.com,Org,"
                    + specialty + ",true", "Bad Row,not-an-address,Org," + specialty + ",true"));
            assertEquals(202, accepted.statusCode(), accepted.body());
            awaitDone(accepted);
            ids.add(0, Api.json(accepted).getString("id"));
        }
        var first = api.get("api/v1/imports?limit=2", Api.admin());
        assertEquals(200, first.statusCode(), first.body());
        JsonObject page = Api.json(first);
        var items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(ids.get(0), ids.get(1)), items.stream().map(o -> o.getString("id")).toList(),
                "newest first: " + page);
        assertEquals("DONE", items.get(0).getString("state"));
        assertEquals(1, items.get(0).getInt("rowsAccepted"));
        assertEquals("DEMO_REQUEST", items.get(0).getJsonObject("declared").getString("source"));
        assertFalse(items.get(0).containsKey("errors"), "line errors are read one import at a time");
        var second = Api.json(api.get("api/v1/imports?limit=2&cursor=" + page.getString("nextCursor"), Api.admin()));
        assertEquals(ids.get(2), second.getJsonArray("items").getJsonObject(0).getString("id"), second.toString());
        assertEquals(400, api.get("api/v1/imports?cursor=nonsense", Api.admin()).statusCode());
        assertEquals(400, api.get("api/v1/imports?limit=0", Api.admin()).statusCode());
        String sales = Api.unique("sales").toLowerCase();
        assertEquals(403, api.get("api/v1/imports", Api.as(sales, api.staff(sales, "sales"))).statusCode());
        assertEquals(401, api.get("api/v1/imports").statusCode());
    }

    @Test
    void malformedCsvIsRefusedWithItsLine() {
        var unterminated = importLeads(RECORD, leads("Jane Doe," + Api.unique("m") + "@example.com,Org,"
                + specialty + ",true", "\"Never closed,x@example.com,Org,S,true"));
        assertEquals(400, unterminated.statusCode(), unterminated.body());
        assertTrue(Api.json(unterminated).getString("detail").startsWith("Line 3:"), unterminated.body());
        var unknownColumn = importLeads(RECORD, "fullName,email,ageConfirmed,ssn\r\nJ,j@example.com,true,1\r\n");
        assertEquals(400, unknownColumn.statusCode(), unknownColumn.body());
        assertTrue(unknownColumn.body().contains("ssn"), unknownColumn.body());
        var notUtf8 = api.send(api.request("api/v1/imports/leads?" + RECORD).header("Content-Type", "text/csv")
                .header(Api.admin()[0], Api.admin()[1])
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{'a', ',', (byte) 0xff, '\n'})));
        assertEquals(400, notUtf8.statusCode(), notUtf8.body());
    }

    @Test
    @DisplayName("R4, R11, R20, R21: imported suppressions are keyed hashes only and exclude the address from a campaign; "
            + "a known lead is unsubscribed as if they had asked here; an import never lifts a suppression and never "
            + "stores a reported minor's address")
    void suppressionsBindAndNeverStoreAnAddress() {
        String marketer = Api.unique("marketer").toLowerCase();
        String[] asMarketing = Api.as(marketer, api.staff(marketer, "marketing"));
        String known = Api.unique("known") + "@example.com";
        assertEquals(201, api.postJson("api/v1/demo-requests", "{\"fullName\":\"Kim Known\",\"email\":\"" + known
                + "\",\"practiceSpecialty\":\"" + specialty + "\",\"ageConfirmed\":true}").statusCode());
        String stranger = Api.unique("stranger") + "@example.com";
        String campaign = campaign(asMarketing);
        assertEquals(1, audience(campaign, asMarketing).getInt("eligible"));

        String file = known.toUpperCase() + "\n\nnot an address\n" + stranger + "\n";
        var accepted = post("api/v1/imports/suppressions", "text/plain", file, Api.admin());
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonObject done = awaitDone(accepted);
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(2, done.getInt("rowsAccepted"));
        assertEquals(1, done.getInt("rowsRefused"));
        assertEquals(3, done.getJsonArray("errors").getJsonObject(0).getInt("line"));
        assertEquals(List.of("NO_PROMOTIONS"), done.getJsonArray("suppressionKinds").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        var repeat = post("api/v1/imports/suppressions", "text/plain", file, Api.admin());
        assertEquals(200, repeat.statusCode(), repeat.body());

        JsonObject excluded = audience(campaign, asMarketing);
        assertEquals(0, excluded.getInt("eligible"), excluded.toString());
        assertEquals(1, excluded.getJsonObject("excluded").getInt("UNSUBSCRIBED"), "the lead's own flag: " + excluded);
        assertEquals(List.of(), Tables.holding(stranger), "a suppressed address is stored nowhere in clear");
        assertEquals(List.of("people.email"), Tables.holding(known), "only the lead's own row holds the address");
        assertNotNull(Tables.value("select unsubscribed_at from people where email = ?", known),
                "the known lead's own flag says unsubscribed");
        var unshared = post("api/v1/imports/suppressions?kind=NO_SALE_OR_SHARING", "text/plain", known + "\n",
                Api.admin());
        assertEquals(202, unshared.statusCode(), unshared.body());
        assertEquals("DONE", awaitDone(unshared).getString("state"));
        assertEquals("1", Tables.value("select count(*) from people where email = ? and sale_sharing_opt_out = true",
                known), "R5: an imported opt-out of sale and sharing is the lead's own too");

        // A lead imported later for a suppressed address is stored, and stays excluded.
        String officer = Api.unique("officer").toLowerCase();
        String minor = Api.unique("minor") + "@example.com";
        assertEquals(201, api.postJson("api/v1/demo-requests", "{\"fullName\":\"Min Or\",\"email\":\"" + minor
                + "\",\"ageConfirmed\":true}").statusCode());
        assertEquals(200, api.postJson("api/v1/minor-reports", "{\"email\":\"" + minor + "\"}",
                Api.as(officer, api.staff(officer, "privacy"))).statusCode());
        var leads = importLeads(RECORD, leads("Sam Stranger," + stranger + ",Org," + specialty + ",true",
                "Min Or," + minor + ",Org," + specialty + ",true"));
        assertEquals(202, leads.statusCode(), leads.body());
        JsonObject imported = awaitDone(leads);
        assertEquals(1, imported.getInt("rowsAccepted"), imported.toString());
        var refusal = imported.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, refusal.getInt("line"));
        assertTrue(refusal.getString("message").contains("R4"), refusal.toString());
        assertEquals(List.of(), Tables.holding(minor), "a reported minor's address is not stored again");
        JsonObject after = audience(campaign, asMarketing);
        assertEquals(0, after.getInt("eligible"), after.toString());
        assertEquals(1, after.getJsonObject("excluded").getInt("UNSUBSCRIBED"), after.toString());
        assertEquals(1, after.getJsonObject("excluded").getInt("DO_NOT_CONTACT"), "the lead imported since: " + after);
    }

    private String campaign(String[] asMarketing) {
        var created = api.postJson("api/v1/campaigns", "{\"name\":\"" + Api.unique("campaign") + "\",\"subject\":\"News\","
                + "\"textBody\":\"Hello.\",\"audience\":{\"practiceSpecialties\":[\"" + specialty + "\"]}}", asMarketing);
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getString("id");
    }

    private JsonObject audience(String campaign, String[] asMarketing) {
        var audience = api.get("api/v1/campaigns/" + campaign + "/audience", asMarketing);
        assertEquals(200, audience.statusCode(), audience.body());
        JsonObject counts = Api.json(audience);
        assertNotNull(counts.getJsonObject("excluded"));
        return counts;
    }

    /*
     * Webhooks to a CRM end to end (issue 14), against a real HTTP receiver in this JVM: signed
     * deliveries, retries with the same webhook-id, the policy's filter, and erasures and opt-outs
     * fanned out to the endpoints that received the person, shown in the access report and the
     * erasure's record. The service runs with LEADS_WEBHOOK_ALLOW_PRIVATE (the receiver is on loopback).
     */

    @Test
    @DisplayName("R3, R15: a demo request reaches the endpoint signed (Standard Webhooks), again after a 500 with the "
            + "same webhook-id, with only the fields the CRM_SYNC use permits; the secret is shown once")
    void signedRetriedAndFiltered() throws Exception {
        String path = "/" + Api.unique("crm");
        var created = register("CRM " + path, path, "demo-request.received", "demo-request.updated");
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        String list = api.get("api/v1/webhooks", Api.admin()).body();
        assertTrue(list.contains(created.getString("id")) && !list.contains(secret), "listed, never with the secret");
        FAILURES.put(path, new AtomicInteger(1));

        String email = Api.unique("hook") + "@example.com";
        String requestId = lead(email, "Wanda Webhook");
        Mailbox.until(DELIVERY, () -> to(path, email).size() >= 2, "a 500, then the same delivery again");
        var attempts = to(path, email);
        assertEquals(attempts.get(0).id(), attempts.get(1).id(), "the same webhook-id on every attempt");
        assertTrue(attempts.get(0).id().startsWith("msg_"));
        for (Received attempt : attempts) {
            assertEquals(expected(secret, attempt), attempt.signature(), "signed with the secret shown once");
            assertTrue(Math.abs(Long.parseLong(attempt.timestamp()) - Instant.now().getEpochSecond()) < 300);
        }
        JsonObject payload = attempts.get(1).json();
        assertEquals("demo-request.received", payload.getString("type"));
        JsonObject data = payload.getJsonObject("data");
        assertEquals(requestId, data.getString("id"));
        JsonObject fields = data.getJsonObject("fields");
        assertEquals("Wanda Webhook", fields.getString("fullName"));
        assertEquals(email, fields.getString("email"));
        assertEquals("Cardiology", fields.getString("practiceSpecialty"));
        assertFalse(fields.containsKey("comments"), "User Content is not permitted to the CRM: " + fields);
        assertFalse(fields.containsKey("pageUrl"), "nor network activity: " + fields);
        assertFalse(attempts.get(1).body().contains("Call me about"), "the comment is nowhere in the body");
        Mailbox.until(DELIVERY, () -> deliveries(created.getString("id")).contains("\"DELIVERED\""), "acknowledged");
        assertTrue(deliveries(created.getString("id")).contains("\"attempts\":2"));

        String sales = Api.unique("seller").toLowerCase();
        String[] asSales = Api.as(sales, api.staff(sales, "sales"));
        var patch = api.send(api.request("api/v1/demo-requests/" + requestId).headers(asSales)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"CONTACTED\"}")));
        assertEquals(200, patch.statusCode(), patch.body());
        Mailbox.until(DELIVERY, () -> RECEIVED.stream().anyMatch(r -> r.path().equals(path)
                && r.type().equals("demo-request.updated") && r.body().contains(requestId)), "the update");
        var update = RECEIVED.stream().filter(r -> r.path().equals(path) && r.type().equals("demo-request.updated"))
                .findFirst().orElseThrow();
        assertEquals("CONTACTED", update.json().getJsonObject("data").getString("status"));
        assertEquals(expected(secret, update), update.signature());
    }

    @Test
    @DisplayName("R18, R20, R21: the access report names the endpoint that received the person; an opt-out and the "
            + "erasure reach it and not an endpoint that never received the person; the erasure's record shows "
            + "which endpoints were told and when they acknowledged; nothing of the person is left in the deliveries")
    void deletionsFanOutToTheEndpointsThatReceivedThePerson() {
        String told = "/" + Api.unique("told");
        String never = "/" + Api.unique("never");
        String toldName = "CRM " + told;
        var toldEndpoint = register(toldName, told, "demo-request.received");
        String email = Api.unique("fanout") + "@example.com";
        // A name of its own (letters only: a run of hex digits could pass for a phone number), so a trace left
        // by an earlier run in the same database cannot be taken for this one's.
        String name = "Fanny " + Api.unique("x").substring(2).chars().mapToObj(c -> String.valueOf((char) (Character
                .isDigit(c) ? 'g' + (c - '0') : c))).collect(java.util.stream.Collectors.joining()).replace("-", "");
        lead(email, name);
        Mailbox.until(DELIVERY, () -> !to(told, email).isEmpty(), "the demo request at the CRM");
        String personId = to(told, email).get(0).json().getJsonObject("data").getString("personId");
        register("CRM " + never, never, "demo-request.received", "person.erased", "person.opted-out");

        String officer = Api.unique("officer").toLowerCase();
        String[] asOfficer = Api.as(officer, api.staff(officer, "privacy"));
        privacyRequest("ACCESS", email, name);
        Mailbox.until(DELIVERY, () -> !withSubject(email, "Your data: the report").isEmpty(), "the access report");
        JsonObject report = (JsonObject) Api.parse(Mailbox.attachment(
                withSubject(email, "Your data: the report").get(0), "your-data.json"));
        String disclosures = report.getJsonArray("disclosures").toString();
        assertTrue(disclosures.contains(toldName) && disclosures.contains("SERVICE_PROVIDERS"), disclosures);
        assertFalse(disclosures.contains("CRM " + never), disclosures);

        privacyRequest("OPT_OUT_SALE_SHARING", email, name);
        Mailbox.until(DELIVERY, () -> about(told, "person.opted-out", personId).isPresent(), "the opt-out at the CRM");
        var optOut = about(told, "person.opted-out", personId).orElseThrow();
        assertEquals("SALE_AND_SHARING", optOut.json().getJsonObject("data").getString("optOut"));

        String deletion = privacyRequest("DELETE", email, name);
        Mailbox.until(DELIVERY, () -> about(told, "person.erased", personId).isPresent(), "the erasure at the CRM");
        assertTrue(about(told, "person.erased", personId).orElseThrow().body().contains(
                to(told, email).get(0).json().getJsonObject("data").getString("id")), "naming the request it received");
        Mailbox.until(DELIVERY, () -> notices(deletion, asOfficer).contains("acknowledgedAt"), "the acknowledgement");
        String record = notices(deletion, asOfficer);
        assertTrue(record.contains(toldEndpoint.getString("id")) && record.contains("\"DELIVERED\""), record);
        assertFalse(record.contains("CRM " + never), "an endpoint that never received the person is not told: " + record);
        assertTrue(about(never, "person.erased", personId).isEmpty());
        assertTrue(about(never, "person.opted-out", personId).isEmpty());
        assertEquals(List.of(), Tables.holding(email), "the address is nowhere, webhook deliveries included");
        assertEquals(List.of(), Tables.holding(name), name + " is nowhere");
    }

    @Test
    @DisplayName("R20: a deletion that a legal hold keeps back restricts the person's records, and the endpoint that "
            + "received them is told to use them for nothing else (person.opted-out, RESTRICTED), not that they were erased")
    void aHeldDeletionTellsTheEndpointsToStopUsingThePerson() {
        String told = "/" + Api.unique("held-crm");
        register("CRM " + told, told, "demo-request.received");
        String email = Api.unique("heldfan") + "@example.com";
        lead(email, "Helga Held");
        Mailbox.until(DELIVERY, () -> !to(told, email).isEmpty(), "the demo request at the CRM");
        String personId = to(told, email).get(0).json().getJsonObject("data").getString("personId");
        String officer = Api.unique("officer").toLowerCase();
        String[] asOfficer = Api.as(officer, api.staff(officer, "privacy"));
        assertEquals(201, api.postJson("api/v1/legal-holds", "{\"email\":\"" + email
                + "\",\"reason\":\"LITIGATION\",\"reference\":\"CASE-7\"}", asOfficer).statusCode());
        privacyRequest("DELETE", email, "Helga Held");
        Mailbox.until(DELIVERY, () -> about(told, "person.opted-out", personId).isPresent(), "the restriction at the CRM");
        assertEquals("RESTRICTED", about(told, "person.opted-out", personId).orElseThrow().json()
                .getJsonObject("data").getString("optOut"));
        assertTrue(about(told, "person.erased", personId).isEmpty(), "kept under the hold, not erased");
    }

    @Test
    @DisplayName("R20, R21: an endpoint that answers 410 Gone is disabled (listed so, audited, sent nothing more); "
            + "the opt-out and erasure notices meant for it are recorded as not told, in the access report and the "
            + "erasure's record, never dropped")
    void goneEndpointsAreDisabledAndNoticesSayNotTold() {
        String gone = "/" + Api.unique("gone");
        GONE.add(gone);
        var endpoint = register("CRM " + gone, gone, "demo-request.received", "demo-request.updated");
        String id = endpoint.getString("id");
        String email = Api.unique("gone") + "@example.com";
        String name = "Gonzo " + letters();
        lead(email, name);
        Mailbox.until(DELIVERY, () -> listed(id).getString("status").equals("DISABLED"), "the endpoint disabled");
        JsonObject listed = listed(id);
        assertTrue(listed.getString("disabledReason").contains("410"), listed.toString());
        assertNotNull(listed.getString("disabledAt"));
        Mailbox.until(DELIVERY, () -> deliveries(id).contains("\"GONE\""), "the delivery settled as GONE");
        assertEquals(1, to(gone, email).size(), "one attempt, no retry after 410");
        String personId = to(gone, email).get(0).json().getJsonObject("data").getString("personId");
        String officer = Api.unique("officer").toLowerCase();
        String[] asOfficer = Api.as(officer, api.staff(officer, "privacy"));
        var audited = Api.json(api.get("api/v1/audit?actor=webhook-dispatcher&limit=200", asOfficer))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("WEBHOOK_DISABLED"))
                .filter(e -> e.getString("detail").contains(id)).toList();
        assertEquals(1, audited.size(), "the disabling is audited once");

        String second = Api.unique("gone2") + "@example.com";
        lead(second, "Gonzo " + letters());
        privacyRequest("OPT_OUT_SALE_SHARING", email, name);
        Mailbox.until(DELIVERY, () -> deliveries(id).contains("person.opted-out"), "the opt-out notice recorded");
        assertTrue(deliveries(id).contains("not told: endpoint disabled"), deliveries(id));
        privacyRequest("ACCESS", email, name);
        Mailbox.until(DELIVERY, () -> !withSubject(email, "Your data: the report").isEmpty(), "the access report");
        String report = Mailbox.attachment(withSubject(email, "Your data: the report").get(0), "your-data.json");
        assertTrue(report.contains("not told: endpoint disabled"), "the opt-out notice says it was not told: " + report);
        assertFalse(report.contains("\"told\":true"), report);

        String deletion = privacyRequest("DELETE", email, name);
        Mailbox.until(DELIVERY, () -> notices(deletion, asOfficer).contains(id), "the erasure's record");
        String record = notices(deletion, asOfficer);
        assertTrue(record.contains("\"GONE\"") && record.contains("not told: endpoint disabled"), record);
        assertFalse(record.contains("acknowledgedAt\":\""), "nothing acknowledged: " + record);
        assertTrue(about(gone, "person.erased", personId).isEmpty(), "nothing more went to it");
        assertTrue(about(gone, "person.opted-out", personId).isEmpty());
        assertEquals(1, RECEIVED.stream().filter(r -> r.path().equals(gone)).count(),
                "the second lead was not sent to the disabled endpoint either");
        // The erasure's own letters leave the outbox once sent.
        Mailbox.until(DELIVERY, () -> Tables.holding(email).isEmpty(), "the address nowhere");
    }

    @Test
    @DisplayName("R3, R18: imported demo requests go out as demo-request.received like the form's, under the same "
            + "permit, saying they were imported; the access report says the lead was imported, by which import, when")
    void importedLeadsGoDownstreamAndTheReportSaysImported() {
        String path = "/" + Api.unique("imported");
        register("CRM " + path, path, "demo-request.received");
        String email = Api.unique("imp") + "@example.com";
        String name = "Ima " + letters();
        String other = Api.unique("imp2") + "@example.com";
        String csv = "fullName,email,organization,practiceSpecialty,comments,ageConfirmed\r\n"
                + name + "," + email + ",Org,Cardiology,Call me about imports,true\r\n"
                + "Other " + letters() + "," + other + ",Org,Cardiology,,true\r\n";
        var accepted = api.send(api.request("api/v1/imports/leads?source=DEMO_REQUEST&policyVersion=2024-06-30"
                        + "&collectedAt=2025-03-01T12:00:00Z&purposes=PROVIDING_THE_SERVICE,BUSINESS_OPERATIONS,"
                        + "COMMUNICATING_WITH_YOU,MARKETING").header("Content-Type", "text/csv").headers(Api.admin())
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertEquals(202, accepted.statusCode(), accepted.body());
        String importId = Api.json(accepted).getString("id");
        Mailbox.until(DELIVERY, () -> !to(path, email).isEmpty() && !to(path, other).isEmpty(), "both imported leads");
        JsonObject data = to(path, email).get(0).json().getJsonObject("data");
        assertEquals("DEMO", data.getString("requestType"));
        assertEquals(importId, data.getJsonObject("imported").getString("importId"));
        assertNotNull(data.getJsonObject("imported").getString("importedAt"));
        assertEquals(Instant.parse("2025-03-01T12:00:00Z"), Instant.parse(data.getString("receivedAt")));
        assertEquals(name, data.getJsonObject("fields").getString("fullName"));
        assertFalse(to(path, email).get(0).body().contains("Call me about imports"), "the permit's filter holds");
        assertEquals(1, to(path, email).size());

        privacyRequest("ACCESS", email, name);
        Mailbox.until(DELIVERY, () -> !withSubject(email, "Your data: the report").isEmpty(), "the access report");
        JsonObject report = (JsonObject) Api.parse(Mailbox.attachment(
                withSubject(email, "Your data: the report").get(0), "your-data.json"));
        String text = report.toString();
        assertTrue(text.contains("\"IMPORTED\"") && text.contains(importId) && text.contains("importedAt"), text);
        String letter = Mailbox.part(withSubject(email, "Your data: the report").get(0), "text/plain")
                .replaceAll("\\s+", " ");
        assertTrue(letter.contains("of these, 1 record(s) came to us in a list we imported, not from a form of yours"),
                "the letter does not pass an imported record off as the person's own form: " + letter);
        assertTrue(report.getJsonArray("disclosures").toString().contains("CRM " + path), "the CRM got it: " + text);
    }

    JsonObject listed(String endpointId) {
        var answer = api.get("api/v1/webhooks", Api.admin());
        assertEquals(200, answer.statusCode(), answer.body());
        return ((jakarta.json.JsonArray) Api.parse(answer.body())).stream().map(v -> (JsonObject) v)
                .filter(o -> o.getString("id").equals(endpointId)).findFirst().orElseThrow();
    }

    /** A name of letters only (a run of digits could pass for a phone number), unique to this run. */
    static String letters() {
        return Api.unique("x").substring(2).chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c)
                ? 'g' + (c - '0') : c))).collect(java.util.stream.Collectors.joining()).replace("-", "");
    }

    @Test
    @DisplayName("only an administrator registers endpoints; an unknown event, a scheme other than http(s) "
            + "(private addresses: AddressGuardTest) and an unknown endpoint are refused")
    void registrationIsChecked() {
        String body = "{\"name\":\"x\",\"url\":\"http://127.0.0.1:1/x\",\"events\":[\"demo-request.received\"]}";
        String seller = Api.unique("seller").toLowerCase();
        assertEquals(403, api.postJson("api/v1/webhooks", body, Api.as(seller, api.staff(seller, "sales"))).statusCode());
        assertEquals(401, api.postJson("api/v1/webhooks", body).statusCode());
        var unknown = api.postJson("api/v1/webhooks", body.replace("demo-request.received", "person.born"), Api.admin());
        assertEquals(400, unknown.statusCode(), unknown.body());
        var ftp = api.postJson("api/v1/webhooks", body.replace("http://", "ftp://"), Api.admin());
        assertEquals(400, ftp.statusCode(), ftp.body());
        assertEquals(404, api.send(api.request("api/v1/webhooks/nope").DELETE().headers(Api.admin())).statusCode());
    }

    JsonObject register(String name, String path, String... events) {
        var list = Json.createArrayBuilder();
        for (String event : events) {
            list.add(event);
        }
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
        var answer = api.postJson("api/v1/webhooks", Json.createObjectBuilder().add("name", name).add("url", url)
                .add("events", list).build().toString(), Api.admin());
        assertEquals(201, answer.statusCode(), answer.body());
        JsonObject created = Api.json(answer);
        registered.add(created.getString("id"));
        return created;
    }

    String lead(String email, String name) {
        var answer = api.postJson("api/v1/demo-requests", Json.createObjectBuilder().add("fullName", name)
                .add("email", email).add("phone", "+1 217 555 0100").add("organization", "Org " + name)
                .add("practiceSpecialty", "Cardiology").add("comments", "Call me about " + name)
                .add("pageUrl", "https://www.psynergybilling.com/demo")
                .add("ageConfirmed", true).build().toString());
        assertEquals(201, answer.statusCode(), answer.body());
        return Api.json(answer).getString("id");
    }

    /** Verification tokens already used: decision letters arrive in any order with the next request's link. */
    final java.util.Set<String> usedTokens = new java.util.HashSet<>();

    /** Files a privacy request, verifies it by the mailed link, and returns its id. */
    String privacyRequest(String type, String email, String name) {
        var posted = api.postJson("api/v1/privacy-requests", "{\"type\":\"" + type + "\",\"email\":\"" + email
                + "\",\"fullName\":\"" + name + "\"}");
        assertEquals(202, posted.statusCode(), posted.body());
        Mailbox.until(DELIVERY, () -> newToken(email) != null, "the verification letter");
        String token = newToken(email);
        usedTokens.add(token);
        var verified = api.postJson("api/v1/privacy-requests/verify", "{\"token\":\"" + token + "\"}");
        assertEquals(202, verified.statusCode(), verified.body());
        return Api.json(posted).getString("id");
    }

    String newToken(String email) {
        for (MimeMessage letter : mailbox.to(email)) {
            var matcher = java.util.regex.Pattern.compile("verify\\?token=([A-Za-z0-9.-]+)")
                    .matcher(Mailbox.part(letter, "text/plain"));
            if (matcher.find() && !usedTokens.contains(matcher.group(1))) {
                return matcher.group(1);
            }
        }
        return null;
    }

    String deliveries(String endpointId) {
        var answer = api.get("api/v1/webhooks/" + endpointId + "/deliveries", Api.admin());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    String notices(String requestId, String[] asOfficer) {
        var answer = api.get("api/v1/webhooks/notices?erasure=" + requestId, asOfficer);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    static List<Received> to(String path, String email) {
        return RECEIVED.stream().filter(r -> r.path().equals(path) && r.body().contains(email)).toList();
    }

    static java.util.Optional<Received> about(String path, String type, String personId) {
        return RECEIVED.stream().filter(r -> r.path().equals(path) && r.type().equals(type)
                && personId.equals(r.json().getJsonObject("data").getString("personId", null))).findFirst();
    }

    static List<MimeMessage> withSubject(String email, String subject) {
        return mailbox.to(email).stream().filter(m -> Mailbox.header(m, "Subject").startsWith(subject)).toList();
    }

    /** The Standard Webhooks signature, computed here from the secret as any receiver would. */
    static String expected(String secret, Received attempt) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signature = mac.doFinal((attempt.id() + "." + attempt.timestamp() + "." + attempt.body())
                .getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signature);
    }
}
