package com.psynergybilling.leads.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A small HTTP client for the integration tests: real requests against the deployed service. */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-it-password";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String clientAddress = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "."
            + (1 + RANDOM.nextInt(254));

    public Api(URL deployment) {
        // The adapter reports the host's interface address; tests talk to loopback only.
        this.base = URI.create("http://127.0.0.1:" + deployment.getPort() + "/");
    }

    public String clientAddress() {
        return clientAddress;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    }

    /**
     * Sends the request from this client's own address (X-Forwarded-For, which the tests' service
     * trusts from loopback), unless the request names one itself: rate limits are per address.
     */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        var built = request.build();
        if (built.headers().firstValue("X-Forwarded-For").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("X-Forwarded-For", clientAddress).build();
        }
        try {
            return HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        var request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        var request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** How many rounds the mail dispatcher has run: the readiness answer's mail data. */
    public long dispatcherRounds() {
        var checks = json(get("health/ready")).getJsonArray("checks");
        var data = checks.stream().map(jakarta.json.JsonObject.class::cast).filter(c -> c.getString("name").equals("mail"))
                .findFirst().orElseThrow(() -> new AssertionError("no mail check: " + checks)).getJsonObject("data");
        // Payara's health answer carries every datum as a string.
        var value = data.get("dispatcherRounds");
        return value instanceof jakarta.json.JsonNumber n ? n.longValue() : Long.parseLong(data.getString("dispatcherRounds"));
    }

    /** Waits until the dispatcher has run {@code rounds} more rounds: what was due has had its chance. */
    public void awaitDispatcherRounds(int rounds, java.time.Duration timeout) {
        long start = dispatcherRounds();
        Mailbox.until(timeout, () -> dispatcherRounds() >= start + rounds, rounds + " more dispatcher rounds");
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String[] as(String user, String password) {
        return new String[]{"Authorization", basic(user, password)};
    }

    public static String[] admin() {
        return as("admin", ADMIN_PASSWORD);
    }

    /** The path of a link the service made (for its public URL), to ask this test's service for it. */
    public static String pathOf(String link) {
        return java.net.URI.create(link).getRawPath();
    }

    /** The demo requests sales sees for {@code email} received since {@code since}, newest first, every page. */
    public List<JsonObject> demoRequestsOf(String email, Instant since, String... auth) {
        var found = new ArrayList<JsonObject>();
        String cursor = null;
        do {
            var listed = get("api/v1/demo-requests?limit=200&since=" + URLEncoder.encode(since.toString(),
                    StandardCharsets.UTF_8) + (cursor == null ? "" : "&cursor=" + cursor), auth);
            if (listed.statusCode() != 200) {
                throw new IllegalStateException("Cannot list demo requests: " + listed.statusCode() + " " + listed.body());
            }
            var page = json(listed);
            page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .filter(r -> r.getString("email").equals(email.toLowerCase())).forEach(found::add);
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        return found;
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a staff user with the given roles and returns its password. */
    public String staff(String username, String... roles) {
        String password = "pw-" + UUID.randomUUID();
        var roleList = Json.createArrayBuilder();
        for (String role : roles) {
            roleList.add(role);
        }
        // Every test user has a work address at the sender's domain, where changes to the account are told.
        var body = Json.createObjectBuilder().add("username", username).add("password", password)
                .add("email", username + "@psynergybilling.com").add("roles", roleList).build();
        var response = postJson("api/v1/staff", body.toString(), admin());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Cannot create staff user: " + response.statusCode() + " " + response.body());
        }
        return password;
    }

    public static Map<String, String> fields(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
