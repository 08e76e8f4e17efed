package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The rules the served OpenAPI document follows, applied to the whole document once it is scanned,
 * so that a new endpoint follows them without repeating them (PlatformIT lints the result):
 * <ul>
 * <li>An operation id that two methods share (two resources' {@code list}) is qualified by its path's
 * segments ({@code list} on /api/v1/demo-requests becomes {@code listDemoRequests}).</li>
 * <li>An operation that needs a login ({@link SecuredOperations}: the resource's {@code @RolesAllowed})
 * is given {@code security} by {@code basic} or {@code bearer}, unless its own {@code @SecurityRequirement}
 * says otherwise; any other is public: it is given {@code security: [{}]}.</li>
 * <li>The refusals every endpoint may give are declared once under {@code components/responses}
 * ({@link #SHARED}) and added where missing: 400, 413, 415 and 429 to an operation with a body, 401
 * and 403 to one that needs a login. A resource may refer to them too: {@code ref = "TooManyRequests"}, and
 * the public forms that take an Idempotency-Key refer to its two ({@code IdempotencyKeyRunning}, 409, and
 * {@code IdempotencyKeyReused}, 422).</li>
 * <li>A 4xx or 5xx response that names no media type (its own, not a shared one's {@code ref}) answers
 * problem+json by the {@code Problem} schema: a resource names only the code and what it means.</li>
 * <li>A response header gets a schema; a media type without one gets a plain one; a JSON example
 * written as text becomes the JSON it spells.</li>
 * <li>A form body (form-urlencoded) shows no example: the ones written for the JSON body do not fit it.</li>
 * </ul>
 */
public final class OpenApiConventions {

    /** The shared refusals: name, status, description. */
    static final List<String[]> SHARED = List.of(
            new String[]{"BadRequest", "400", "invalid fields (listed in errors), or a malformed, too deeply nested "
                    + "or repeated-member JSON body"},
            new String[]{"Unauthorized", "401", "no or wrong credentials"},
            new String[]{"Forbidden", "403", "the caller's role does not allow this"},
            new String[]{"NotFound", "404", "no such resource"},
            new String[]{"PayloadTooLarge", "413", "body over LEADS_MAX_BODY_BYTES"},
            new String[]{"UnsupportedMediaType", "415", "neither JSON nor a form"},
            new String[]{"TooManyRequests", "429", "too many requests or refused bodies from this client; see Retry-After"},
            // Not added anywhere by the rules below: the public forms that take an Idempotency-Key refer to them.
            new String[]{"IdempotencyKeyRunning", "409", "a request with this Idempotency-Key is still running"},
            new String[]{"IdempotencyKeyReused", "422", "this Idempotency-Key came with another body"});

    private static final String PREFIX = "/api/v1/";

    private OpenApiConventions() {
    }

    /** Applies the rules; {@code needLogin} names the operations that need a login ({@link SecuredOperations}). */
    public static void apply(OpenAPI openAPI, Set<String> needLogin) {
        declareShared(openAPI);
        if (openAPI.getServers() != null) {
            // Paths begin with a slash; a server URL ending in one makes their join ambiguous.
            openAPI.getServers().forEach(server -> server.setUrl(server.getUrl().replaceAll("(?<=.)/+$", "")));
        }
        if (openAPI.getTags() != null) {
            // Each resource's @Tag adds the tag again.
            var seen = new LinkedHashMap<String, Tag>();
            openAPI.getTags().forEach(tag -> seen.putIfAbsent(tag.getName(), tag));
            openAPI.setTags(new ArrayList<>(seen.values()));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            boolean declared = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (needLogin.contains(method + " " + path) && !declared) {
                operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme("basic"),
                        OASFactory.createSecurityRequirement().addScheme("bearer"))));
            }
        }));
        var ids = new HashMap<String, Integer>();
        forEachOperation(openAPI, (path, operation) -> {
            if (operation.getOperationId() != null) {
                ids.merge(operation.getOperationId(), 1, Integer::sum);
            }
        });
        var schemas = openAPI.getComponents().getSchemas() == null ? Map.<String, Schema>of()
                : openAPI.getComponents().getSchemas();
        schemas.values().forEach(schema -> listsOfObjects(schema, schemas));
        forEachOperation(openAPI, (path, operation) -> {
            var contents = new ArrayList<Content>();
            if (operation.getRequestBody() != null) {
                contents.add(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> contents.add(r.getContent()));
            }
            contents.stream().filter(c -> c != null && c.getMediaTypes() != null)
                    .flatMap(c -> c.getMediaTypes().values().stream())
                    .forEach(media -> listsOfObjects(media.getSchema(), schemas));
        });
        forEachOperation(openAPI, (path, operation) -> {
            if (operation.getOperationId() != null && ids.get(operation.getOperationId()) > 1) {
                operation.setOperationId(operation.getOperationId() + qualifier(path));
            }
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
            }
            var responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
            operation.setResponses(responses);
            if (operation.getRequestBody() != null) {
                addShared(responses, "400", "413", "415", "429");
            }
            if (secured) {
                addShared(responses, "401", "403");
            }
            tidy(responses);
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                noJsonExamplesOnForms(operation.getRequestBody().getContent());
                operation.getRequestBody().getContent().getMediaTypes().forEach(OpenApiConventions::tidy);
            }
        });
    }

    /** The path's segments after /api/v1, parameters left out, in PascalCase: {@code DemoRequestsClaim}. */
    static String qualifier(String path) {
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        var name = new StringBuilder();
        for (String segment : rest.split("/")) {
            if (segment.isEmpty() || segment.startsWith("{")) {
                continue;
            }
            for (String word : segment.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return name.toString();
    }

    /**
     * A list field with its own {@code @Schema(type = ARRAY, implementation = X.class)} is scanned as an
     * array carrying X's properties: make it an array of X (by reference when X is a component). A list
     * of text with its own {@code @Schema} is scanned as a list of lists: make it a list of text.
     */
    static void listsOfObjects(Schema schema, Map<String, Schema> components) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            var keys = schema.getProperties().keySet();
            var element = components.entrySet().stream()
                    .filter(c -> c.getValue().getProperties() != null && c.getValue().getProperties().keySet().equals(keys))
                    .findFirst()
                    .map(c -> OASFactory.createSchema().ref(c.getKey()))
                    .orElseGet(() -> OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                            .properties(new LinkedHashMap<>(schema.getProperties())));
            schema.setProperties(null);
            schema.setRequired(null);
            schema.setItems(element);
            return;
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null
                && schema.getItems().getType() == Schema.SchemaType.ARRAY) {
            // A list of text with its own @Schema is scanned as a list of lists; the API has no lists of lists.
            schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> listsOfObjects(property, components));
        }
        listsOfObjects(schema.getItems(), components);
    }

    private static void declareShared(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        for (String[] shared : SHARED) {
            if (components.getResponses() != null && components.getResponses().containsKey(shared[0])) {
                continue;
            }
            var response = OASFactory.createAPIResponse().description(shared[2]).content(problem());
            if ("401".equals(shared[1])) {
                response.addHeader("WWW-Authenticate", header("Basic and Bearer challenges", Schema.SchemaType.STRING));
            }
            if ("429".equals(shared[1])) {
                response.addHeader("Retry-After", header("seconds to wait", Schema.SchemaType.INTEGER));
            }
            components.addResponse(shared[0], response);
        }
    }

    private static void addShared(APIResponses responses, String... codes) {
        for (String code : codes) {
            if (responses.hasAPIResponse(code)) {
                continue;
            }
            SHARED.stream().filter(s -> s[1].equals(code)).findFirst().ifPresent(shared ->
                    responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(shared[0])));
        }
    }

    /** The body of every refusal: problem+json, by reference to the Problem schema. */
    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }

    /**
     * Whether a response names no media type. Payara's scan gives every response a {@link Content},
     * an empty one where the annotation names none, so an absent one is not the only sign.
     */
    static boolean namesNoMediaType(APIResponse response) {
        return response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }

    static void tidy(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        for (var entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            if (entry.getKey().matches("[45]\\d\\d") && namesNoMediaType(response)) {
                // Every refusal is problem+json: a resource names only the code and what it means.
                response.setContent(problem());
            }
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, header) -> {
                    if (header.getSchema() == null && header.getRef() == null) {
                        header.setSchema(OASFactory.createSchema().type("Retry-After".equalsIgnoreCase(name)
                                ? Schema.SchemaType.INTEGER : Schema.SchemaType.STRING));
                    }
                });
            }
            if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                response.getContent().getMediaTypes().forEach(OpenApiConventions::tidy);
            }
        }
    }

    private static void tidy(String mediaType, MediaType media) {
        boolean json = mediaType.contains("json");
        if (media.getSchema() == null) {
            media.setSchema(OASFactory.createSchema().type(json ? Schema.SchemaType.OBJECT : Schema.SchemaType.STRING));
        }
        if (json && media.getExamples() != null) {
            media.getExamples().values().forEach(example -> example.setValue(parsedJson(example.getValue())));
        }
        if (json) {
            media.setExample(parsedJson(media.getExample()));
        }
    }

    /**
     * A public form's one POST takes JSON and form posts, and the scanner gives the form's media type the
     * JSON body's examples (often as the very same object): a form post does not look like them. The
     * form's media type becomes one of its own with the schema and no examples; the JSON body keeps its.
     */
    static void noJsonExamplesOnForms(Content content) {
        var json = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        var form = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED);
        if (json == null || form == null || (form.getExamples() == null && form.getExample() == null)) {
            return;
        }
        content.addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED,
                OASFactory.createMediaType().schema(form.getSchema()));
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().type(type));
    }

    /** An example written as JSON text, as the JSON it spells; anything else as it is. */
    static Object parsedJson(Object example) {
        if (!(example instanceof String text) || !(text.strip().startsWith("{") || text.strip().startsWith("["))) {
            return example;
        }
        try {
            return plain(StrictJson.read(text));
        } catch (ProblemException notJson) {
            return example;
        }
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var map = new LinkedHashMap<String, Object>();
                value.asJsonObject().forEach((key, member) -> map.put(key, plain(member)));
                yield map;
            }
            case ARRAY -> value.asJsonArray().stream().map(OpenApiConventions::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).bigIntegerValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** An example or default given as text, in the schema's own type: {@code 400}, not {@code "400"}. */
    public static Object typed(Schema.SchemaType type, Object value) {
        if (!(value instanceof String text) || type == null) {
            return value;
        }
        try {
            return switch (type) {
                case INTEGER -> new BigDecimal(text.strip()).toBigIntegerExact();
                case NUMBER -> new BigDecimal(text.strip());
                case BOOLEAN -> "true".equals(text.strip()) ? Boolean.TRUE
                        : "false".equals(text.strip()) ? Boolean.FALSE : value;
                case ARRAY, OBJECT -> parsedJson(text);
                default -> value;
            };
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return value;
        }
    }

    private interface OperationVisitor {
        void visit(String path, Operation operation);
    }

    private static void forEachOperation(OpenAPI openAPI, OperationVisitor visitor) {
        for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : entry.getValue().getOperations().values()) {
                visitor.visit(entry.getKey(), operation);
            }
        }
    }
}
