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
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
 * Webhooks to a CRM end to end (issue 14), against a real HTTP receiver in this JVM: signed
 * deliveries, retries with the same webhook-id, the policy's filter, and erasures and opt-outs
 * fanned out to the endpoints that received the person, shown in the access report and the
 * erasure's record. The service runs with LEADS_WEBHOOK_ALLOW_PRIVATE (the receiver is on loopback).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {

    static final Duration DELIVERY = Duration.ofSeconds(60);

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
    final List<String> registered = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        mailbox = Mailbox.start();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", WebhooksIT::receive);
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        mailbox.close();
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
    }

    /** Other test classes share the database: endpoints registered here must not outlive the test. */
    @AfterEach
    void removeEndpoints() {
        registered.forEach(id -> api.send(api.request("api/v1/webhooks/" + id).DELETE().headers(Api.admin())));
    }

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
