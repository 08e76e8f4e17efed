package com.psynergybilling.leads.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints an OpenAPI document: swagger-parser's structural validation, plus rules in the spirit of
 * Redocly's recommended set. Errors fail the build; warnings are listed (README names the ones left).
 */
final class OpenApiLint {

    record Findings(List<String> errors, List<String> warnings) {
    }

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> referenced = new HashSet<>();

    static Findings lint(String json) {
        var options = new ParseOptions();
        options.setResolve(false);
        var result = new OpenAPIV3Parser().readContents(json, null, options);
        var lint = new OpenApiLint();
        if (result.getMessages() != null) {
            // Payara adds a top-level "endpoints" map of its own; OpenAPI 3.0 allows only x- extensions there.
            result.getMessages().forEach(m -> (m.contains("attribute endpoints is unexpected") ? lint.warnings : lint.errors)
                    .add("parser: " + m));
        }
        if (result.getOpenAPI() == null) {
            lint.errors.add("no document");
        } else {
            lint.referenced.addAll(referencedSchemas(json));
            lint.check(result.getOpenAPI());
        }
        return new Findings(lint.errors, lint.warnings);
    }

    private void check(OpenAPI doc) {
        var operationIds = new HashMap<String, String>();
        doc.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            String id = operation.getOperationId();
            if (id == null || id.isBlank()) {
                errors.add(where + ": no operationId");
            } else if (operationIds.put(id, where) != null) {
                errors.add(where + ": operationId " + id + " also used by " + operationIds.get(id));
            }
            if (operation.getSecurity() == null && doc.getSecurity() == null) {
                errors.add(where + ": security not declared (public operations declare an empty requirement)");
            }
            checkParameters(path, where, operation, item.getParameters());
            checkResponses(where, operation, doc);
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> checkMedia(where + " body " + type, type, media, doc));
            }
            if (operation.getSummary() == null) {
                warnings.add(where + ": no summary");
            }
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                warnings.add(where + ": no tag");
            }
        }));
        if (doc.getComponents() != null && doc.getComponents().getSchemas() != null) {
            doc.getComponents().getSchemas().forEach((name, schema) -> {
                if (!referenced.contains("#/components/schemas/" + name)) {
                    warnings.add("components.schemas." + name + ": not referenced");
                }
                checkSchemaExamples("components.schemas." + name, schema, doc);
            });
        }
        if (doc.getInfo() == null || doc.getInfo().getLicense() == null) {
            warnings.add("info: no license");
        }
        if (doc.getServers() == null || doc.getServers().isEmpty()) {
            warnings.add("servers: none");
        }
    }

    private void checkParameters(String path, String where, Operation operation, List<Parameter> common) {
        var declared = new HashSet<String>();
        for (List<Parameter> list : new ArrayList<>(List.of(
                operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters(),
                common == null ? List.<Parameter>of() : common))) {
            for (Parameter parameter : list) {
                if ("path".equals(parameter.getIn())) {
                    declared.add(parameter.getName());
                }
                if (parameter.getSchema() == null && parameter.getContent() == null && parameter.get$ref() == null) {
                    errors.add(where + ": parameter " + parameter.getName() + " has no schema");
                }
            }
        }
        Matcher matcher = PATH_PARAMETER.matcher(path);
        while (matcher.find()) {
            if (!declared.remove(matcher.group(1))) {
                errors.add(where + ": path parameter {" + matcher.group(1) + "} not declared");
            }
        }
        declared.forEach(extra -> errors.add(where + ": path parameter " + extra + " is not in the path"));
    }

    private void checkResponses(String where, Operation operation, OpenAPI doc) {
        if (operation.getResponses() == null || operation.getResponses().isEmpty()) {
            errors.add(where + ": no responses");
            return;
        }
        boolean success = false;
        boolean refusal = false;
        for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
            String code = entry.getKey();
            ApiResponse response = resolve(entry.getValue(), doc);
            if (response == null) {
                errors.add(where + " " + code + ": unresolved reference " + entry.getValue().get$ref());
                continue;
            }
            success |= code.startsWith("2") || code.startsWith("3");
            refusal |= code.startsWith("4");
            if ("default".equals(code)) {
                errors.add(where + ": a default response instead of the real ones");
            }
            if (response.getDescription() == null) {
                errors.add(where + " " + code + ": no description");
            }
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, header) -> {
                    if (header.getSchema() == null && header.getContent() == null && header.get$ref() == null) {
                        errors.add(where + " " + code + ": header " + name + " has no schema");
                    }
                });
            }
            if (code.matches("[45]\\d\\d") && (response.getContent() == null || response.getContent().isEmpty())) {
                // Every refusal is problem+json (OpenApiConventions adds it where a resource names none).
                errors.add(where + " " + code + ": a refusal without content");
            }
            if (response.getContent() != null) {
                response.getContent().forEach((type, media) -> checkMedia(where + " " + code + " " + type, type, media, doc));
            } else if (code.startsWith("2") && !"204".equals(code) && !"202".equals(code)) {
                warnings.add(where + " " + code + ": no content described");
            }
        }
        if (!success) {
            errors.add(where + ": no 2xx or 3xx response");
        }
        if (!refusal) {
            warnings.add(where + ": no 4xx response");
        }
    }

    private void checkMedia(String where, String type, MediaType media, OpenAPI doc) {
        if (media.getSchema() == null) {
            errors.add(where + ": no schema");
            return;
        }
        checkSchemaExamples(where + " schema", media.getSchema(), doc);
        if (type.startsWith("application/x-www-form-urlencoded") && (media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty()))) {
            // A form post is name=value pairs: an example copied from the JSON body misleads.
            errors.add(where + ": a form body shows an example (the JSON body's?)");
        }
        Schema<?> schema = resolve(media.getSchema(), doc);
        if (media.getExample() != null) {
            checkValue(where + " example", media.getExample(), schema, doc, 0);
        }
        if (media.getExamples() != null) {
            media.getExamples().forEach((name, example) -> {
                if (type.contains("json") && example.getValue() instanceof String) {
                    errors.add(where + " example " + name + ": JSON written as a string");
                } else if (example.getValue() != null) {
                    checkValue(where + " example " + name, example.getValue(), schema, doc, 0);
                }
            });
        }
    }

    private void checkSchemaExamples(String where, Schema<?> schema, OpenAPI doc) {
        if (schema == null) {
            return;
        }
        if ("array".equals(schema.getType()) && schema.getProperties() != null) {
            errors.add(where + ": an array with properties (its items lost their type)");
        }
        if ("array".equals(schema.getType()) && schema.getItems() != null && "array".equals(schema.getItems().getType())
                && schema.getExample() instanceof List<?> list && !list.isEmpty() && !(list.get(0) instanceof List<?>)) {
            errors.add(where + ": a list of lists whose example is a flat list");
        }
        if (schema.getExample() != null) {
            checkValue(where + " example", schema.getExample(), schema, doc, 0);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> checkSchemaExamples(where + "." + name, property, doc));
        }
        if (schema.getItems() != null) {
            checkSchemaExamples(where + "[]", schema.getItems(), doc);
        }
    }

    /** The example's JSON type against the schema's, through objects' properties and arrays' items. */
    private void checkValue(String where, Object value, Schema<?> schema, OpenAPI doc, int depth) {
        schema = resolve(schema, doc);
        if (schema == null || value == null || depth > 10) {
            return;
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next() : null;
        if (type == null) {
            return;
        }
        boolean fits = switch (type) {
            case "integer" -> value instanceof Number n && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "string" -> value instanceof String;
            case "array" -> value instanceof List<?> || value instanceof ArrayNode;
            case "object" -> value instanceof Map<?, ?> || value instanceof ObjectNode;
            default -> true;
        };
        if (!fits) {
            errors.add(where + ": " + value + " is not of type " + type);
            return;
        }
        if (value instanceof ObjectNode node && schema.getProperties() != null) {
            Schema<?> object = schema;
            node.fields().forEachRemaining(field -> {
                Schema<?> property = object.getProperties().get(field.getKey());
                if (property == null) {
                    errors.add(where + ": member " + field.getKey() + " is not in the schema");
                } else {
                    checkValue(where + "." + field.getKey(), plain(field.getValue()), property, doc, 0);
                }
            });
        }
        if (value instanceof Map<?, ?> map && schema.getProperties() != null) {
            for (var entry : map.entrySet()) {
                Schema<?> property = schema.getProperties().get(String.valueOf(entry.getKey()));
                if (property == null) {
                    errors.add(where + ": member " + entry.getKey() + " is not in the schema");
                } else {
                    checkValue(where + "." + entry.getKey(), entry.getValue(), property, doc, depth + 1);
                }
            }
        }
    }

    private static Object plain(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node;
    }

    private static ApiResponse resolve(ApiResponse response, OpenAPI doc) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().replace("#/components/responses/", "");
        return doc.getComponents() == null || doc.getComponents().getResponses() == null ? null
                : doc.getComponents().getResponses().get(name);
    }

    private static Schema<?> resolve(Schema<?> schema, OpenAPI doc) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        String name = schema.get$ref().replace("#/components/schemas/", "");
        return doc.getComponents().getSchemas().get(name);
    }

    /**
     * The schemas that operations or shared responses refer to, directly or through other referenced
     * schemas; read from the document's text, since references are what the linter checks.
     */
    static Set<String> referencedSchemas(String json) {
        var doc = (jakarta.json.JsonObject) Api.parse(json);
        var found = new HashSet<String>(refs(doc.getJsonObject("paths").toString()));
        var components = doc.getJsonObject("components");
        if (components != null && components.containsKey("responses")) {
            found.addAll(refs(components.getJsonObject("responses").toString()));
        }
        var schemas = components == null ? null : components.getJsonObject("schemas");
        int before;
        do {
            before = found.size();
            for (String ref : List.copyOf(found)) {
                String name = ref.replace("#/components/schemas/", "");
                if (schemas != null && schemas.containsKey(name)) {
                    found.addAll(refs(schemas.get(name).toString()));
                }
            }
        } while (found.size() > before);
        return found;
    }

    private static Set<String> refs(String json) {
        var found = new HashSet<String>();
        Matcher matcher = Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
