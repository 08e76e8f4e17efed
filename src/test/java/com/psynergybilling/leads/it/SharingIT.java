package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partner sharing end to end: people post forms, an administrator exports to a partner, the privacy
 * officer reads the disclosures in the audit log. State no endpoint sets yet (a withdrawal, a minor,
 * an erasure) is set in the database, as the rights component will set it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

    Api api;
    String officer;
    String[] asOfficer;

    @BeforeEach
    void connect() {
        api = new Api(base);
        officer = Api.unique("officer").toLowerCase();
        asOfficer = Api.as(officer, api.staff(officer, "privacy"));
    }

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
}
