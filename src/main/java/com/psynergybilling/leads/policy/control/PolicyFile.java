package com.psynergybilling.leads.policy.control;

import com.psynergybilling.leads.policy.entity.CategoryRule;
import com.psynergybilling.leads.policy.entity.FormRule;
import com.psynergybilling.leads.policy.entity.Policy;
import com.psynergybilling.leads.policy.entity.UseRule;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one policy file and checks that it is whole and consistent. Every problem is reported as a
 * {@link PolicyFileException} that names the file and the place, so a bad file stops the start with a
 * message an operator can act on.
 */
public final class PolicyFile {

    private final String source;

    private PolicyFile(String source) {
        this.source = source;
    }

    public static Policy read(String source, InputStream in) {
        return new PolicyFile(source).parse(in);
    }

    private Policy parse(InputStream in) {
        JsonObject root;
        try (var reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw fail("is not a well-formed JSON object");
        }
        String version = text(root, "version", "");
        String title = text(root, "title", "");
        Map<String, String> purposes = names(root, "purposes");
        Map<String, String> recipients = names(root, "recipients");
        var categories = new LinkedHashMap<String, CategoryRule>();
        object(root, "categories", "").forEach((code, value) -> {
            JsonObject row = asObject(value, "categories." + code);
            String at = "categories." + code;
            categories.put(code, new CategoryRule(code, text(row, "name", at),
                    Set.copyOf(codes(row, "purposes", at, purposes)),
                    Set.copyOf(codes(row, "recipients", at, recipients))));
        });
        var forms = new LinkedHashMap<String, FormRule>();
        object(root, "forms", "").forEach((code, value) -> {
            String at = "forms." + code;
            JsonObject form = asObject(value, at);
            var fields = new LinkedHashMap<String, String>();
            object(form, "fields", at).forEach((field, category) -> {
                String name = category instanceof JsonString s ? s.getString() : null;
                if (!categories.containsKey(name)) {
                    throw fail(at + ".fields." + field + " names an unknown category");
                }
                fields.put(field, name);
            });
            List<String> formPurposes = codes(form, "purposes", at, purposes);
            List<String> consent = form.containsKey("consentPurposes")
                    ? codes(form, "consentPurposes", at, purposes) : List.of();
            for (String purpose : formPurposes) {
                boolean servedBySome = fields.values().stream()
                        .anyMatch(category -> categories.get(category).purposes().contains(purpose));
                if (!servedBySome) {
                    throw fail(at + " collects for " + purpose + ", which none of its categories may serve");
                }
            }
            forms.put(code, new FormRule(code, text(form, "name", at), fields, formPurposes, consent));
        });
        var uses = new LinkedHashMap<String, UseRule>();
        object(root, "uses", "").forEach((code, value) -> {
            String at = "uses." + code;
            uses.put(code, use(code, asObject(value, at), at, purposes, recipients, categories));
        });
        if (categories.isEmpty() || forms.isEmpty() || uses.isEmpty()) {
            throw fail("needs at least one category, one form and one use");
        }
        return new Policy(version, title, purposes, recipients, categories, forms, uses,
                names(root, "deletionExceptions"));
    }

    /** A use must ask only what the table allows: each category it touches serves its purpose and recipient. */
    private UseRule use(String code, JsonObject use, String at, Map<String, String> purposes,
                        Map<String, String> recipients, Map<String, CategoryRule> categories) {
        List<String> touched = codes(use, "categories", at, categories);
        String purpose = text(use, "purpose", at);
        if (!purposes.containsKey(purpose)) {
            throw fail(at + ".purpose names unknown purpose " + purpose);
        }
        String recipient = use.containsKey("recipient") ? text(use, "recipient", at) : null;
        if (recipient != null && !recipients.containsKey(recipient)) {
            throw fail(at + ".recipient names unknown recipient " + recipient);
        }
        for (String category : touched) {
            CategoryRule row = categories.get(category);
            if (!row.purposes().contains(purpose)) {
                throw fail(at + " touches " + category + ", which may not serve " + purpose);
            }
            if (recipient != null && !row.recipients().contains(recipient)) {
                throw fail(at + " touches " + category + ", which may not be disclosed to " + recipient);
            }
        }
        return new UseRule(code, text(use, "name", at), Set.copyOf(touched), purpose, recipient);
    }

    private Map<String, String> names(JsonObject root, String key) {
        var names = new LinkedHashMap<String, String>();
        object(root, key, "").forEach((code, value) -> {
            if (!(value instanceof JsonString name) || name.getString().isBlank()) {
                throw fail(key + "." + code + " needs a name");
            }
            names.put(code, name.getString());
        });
        return names;
    }

    private List<String> codes(JsonObject object, String key, String at, Map<String, ?> known) {
        var value = object.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw fail(at + "." + key + " must be a non-empty list");
        }
        var codes = new ArrayList<String>();
        for (JsonValue item : value.asJsonArray()) {
            String code = item instanceof JsonString s ? s.getString() : null;
            if (!known.containsKey(code)) {
                throw fail(at + "." + key + " names unknown " + key.replace("consentPurposes", "purposes")
                        + " " + item);
            }
            codes.add(code);
        }
        return codes;
    }

    private JsonObject object(JsonObject parent, String key, String at) {
        return asObject(parent.get(key), at.isEmpty() ? key : at + "." + key);
    }

    private JsonObject asObject(JsonValue value, String at) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw fail(at + " must be an object");
        }
        return value.asJsonObject();
    }

    private String text(JsonObject object, String key, String at) {
        var value = object.get(key);
        if (!(value instanceof JsonString s) || s.getString().isBlank()) {
            throw fail((at.isEmpty() ? key : at + "." + key) + " must be a non-empty string");
        }
        return s.getString();
    }

    private PolicyFileException fail(String problem) {
        return new PolicyFileException("Policy file " + source + ": " + problem);
    }
}
