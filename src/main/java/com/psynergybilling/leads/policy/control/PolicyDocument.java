package com.psynergybilling.leads.policy.control;

import com.psynergybilling.leads.policy.entity.Policy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The policy's tables as a machine-readable JSON document, in a stable order. */
public final class PolicyDocument {

    private PolicyDocument() {
    }

    public static JsonObject of(Policy policy, List<String> versionsHeld) {
        return Json.createObjectBuilder()
                .add("version", policy.version())
                .add("title", policy.title())
                .add("versionsHeld", Json.createArrayBuilder(versionsHeld))
                .add("purposes", names(policy.purposes()))
                .add("recipients", names(policy.recipients()))
                .add("categories", each(policy.categories(), row -> Json.createObjectBuilder()
                        .add("name", row.name())
                        .add("purposes", sorted(row.purposes()))
                        .add("recipients", sorted(row.recipients()))))
                .add("forms", each(policy.forms(), form -> Json.createObjectBuilder()
                        .add("name", form.name())
                        .add("fields", names(form.fields()))
                        .add("purposes", sorted(form.purposes()))
                        .add("purposesWithConsent", sorted(form.consentPurposes()))))
                .add("uses", each(policy.uses(), use -> {
                    var builder = Json.createObjectBuilder()
                            .add("name", use.name())
                            .add("categories", sorted(use.categories()))
                            .add("purpose", use.purpose());
                    return use.recipient() == null ? builder : builder.add("recipient", use.recipient());
                }))
                .add("deletionExceptions", names(policy.deletionExceptions()))
                .build();
    }

    private static JsonObjectBuilder names(Map<String, String> names) {
        var builder = Json.createObjectBuilder();
        new TreeMap<>(names).forEach(builder::add);
        return builder;
    }

    private static <T> JsonObjectBuilder each(Map<String, T> rows, Function<T, JsonObjectBuilder> row) {
        var builder = Json.createObjectBuilder();
        new TreeMap<>(rows).forEach((code, value) -> builder.add(code, row.apply(value)));
        return builder;
    }

    private static jakarta.json.JsonArrayBuilder sorted(Collection<String> codes) {
        return Json.createArrayBuilder(codes.stream().sorted().toList());
    }
}
