package com.psynergybilling.leads.intake.entity;

import jakarta.json.spi.JsonProvider;

/**
 * What a public endpoint answered to an accepted form: kept with an Idempotency-Key so a repeat gets
 * the same answer. It never holds personal data.
 */
public record Receipt(int status, String body) {

    /** Looked up once: {@code Json.create*} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A receipt whose body is a JSON object of names and values (texts or whole numbers), in order. */
    public static Receipt of(int status, Object... namesAndValues) {
        var body = JSON.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            if (namesAndValues[i + 1] instanceof Integer number) {
                body.add(name, number);
            } else {
                body.add(name, String.valueOf(namesAndValues[i + 1]));
            }
        }
        return new Receipt(status, body.build().toString());
    }
}
