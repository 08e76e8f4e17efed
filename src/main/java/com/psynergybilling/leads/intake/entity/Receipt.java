package com.psynergybilling.leads.intake.entity;

import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * What a public endpoint answered to an accepted form: kept with an Idempotency-Key so a repeat gets
 * the same answer. It never holds personal data.
 */
public record Receipt(int status, String body) {

    /** Looked up once: {@code Json.create*} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A receipt whose body is a JSON object of {@code fields} (texts and whole numbers), in the map's order. */
    public static Receipt of(int status, Map<String, ?> fields) {
        var body = JSON.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value instanceof Integer number) {
                body.add(name, number);
            } else {
                body.add(name, String.valueOf(value));
            }
        });
        return new Receipt(status, body.build().toString());
    }
}
