package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Imports end to end: a leads file under a declared collection record (refused when the policy does
 * not permit it, rows refused by line, idempotent by digest, progress while it runs, the leads in the
 * sales queue with their record), and a suppression file (keyed hashes only, binding campaigns).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportsIT {

    static final String RECORD = "source=DEMO_REQUEST&policyVersion=2024-06-30&collectedAt=2025-03-01T12:00:00Z"
            + "&purposes=PROVIDING_THE_SERVICE,BUSINESS_OPERATIONS,COMMUNICATING_WITH_YOU,MARKETING";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

    Api api;
    String specialty;

    /** The imports write people, submissions and the list in JDBC batches: their contact states too (V26). */
    @AfterAll
    static void contactStatesKept() {
        Tables.assertContactStatesKept();
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        specialty = Api.unique("Spec");
    }

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
    @DisplayName("R4, R11, R20: imported suppressions are keyed hashes only and exclude the address from a campaign; "
            + "an import never lifts a suppression and never stores a reported minor's address")
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
        assertEquals(1, excluded.getJsonObject("excluded").getInt("DO_NOT_CONTACT"), excluded.toString());
        assertEquals(List.of(), Tables.holding(stranger), "a suppressed address is stored nowhere in clear");
        assertEquals(List.of("people.email"), Tables.holding(known), "only the lead's own row holds the address");

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
        assertEquals(2, after.getJsonObject("excluded").getInt("DO_NOT_CONTACT"), after.toString());
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
}
