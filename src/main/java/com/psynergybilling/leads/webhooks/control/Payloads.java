package com.psynergybilling.leads.webhooks.control;

import com.psynergybilling.leads.people.entity.Pieces;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The bodies of deliveries, shaped as Standard Webhooks suggests: {@code {"type", "timestamp", "data"}}.
 * A demo request carries only the fields {@code covered} lets through (the policy's permit for the
 * CRM, by the form's field-to-category map), so a field the policy does not permit is absent.
 */
public final class Payloads {

    static final JsonProvider JSON = JsonProvider.provider();

    private Payloads() {
    }

    public static String envelope(String type, Instant at, JsonObject data) {
        return JSON.createObjectBuilder().add("type", type).add("timestamp", at.toString()).add("data", data)
                .build().toString();
    }

    /** The permitted fields of {@code fields}, in their order, numbers as numbers. */
    public static JsonObjectBuilder permitted(Map<String, Object> fields, Predicate<String> covered) {
        var data = JSON.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value != null && covered.test(name)) {
                if (value instanceof Integer number) {
                    data.add(name, number);
                } else {
                    data.add(name, value.toString());
                }
            }
        });
        return data;
    }

    /** A list of strings: made as an access report makes one ({@link Pieces#array}). */
    public static JsonArrayBuilder array(Iterable<String> items) {
        return Pieces.array(items);
    }

    public static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }
}
