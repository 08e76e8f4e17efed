package com.psynergybilling.leads.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** A demo request from the website's form to the sales user who works it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoRequestsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leads();
    }

    @ArquillianResource
    URL base;

    Api api;
    String sales;
    String salesPassword;

    @BeforeEach
    void connect() {
        api = new Api(base);
        sales = Api.unique("sales").toLowerCase();
        salesPassword = api.staff(sales, "sales");
    }

    private String[] asSales() {
        return Api.as(sales, salesPassword);
    }

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
                "NETWORK_ACTIVITY"), strings(collection, "categories"));
        var purposes = strings(collection, "purposes");
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
        assertFalse(strings(collection, "categories").contains("USER_CONTENT"));
        assertFalse(strings(collection, "categories").contains("PROFESSIONAL_INFORMATION"));
        assertFalse(strings(collection, "purposes").contains("WITH_CONSENT"), "no consent, no consent purpose");
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
                "NETWORK_ACTIVITY").containsAll(strings(request.getJsonObject("collection"), "categories")));
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
    void ageConfirmationIsRequired() {
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
        assertEquals(List.of("businessAddress", "comments", "fullName", "organization", "pageUrl", "phone",
                "practiceSpecialty", "productInterest", "providerCount", "requestType"), fields(response));
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

    private static Set<String> strings(JsonObject object, String key) {
        return Set.copyOf(object.getJsonArray(key).getValuesAs(jakarta.json.JsonString::getString));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
