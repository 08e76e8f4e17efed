package com.psynergybilling.leads.people.entity;

import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.Map;

/**
 * The shape of one exported piece of personal data (R18), the same for every holder so the access
 * report can read them all: {@code holder}, {@code kind}, the collection record when the piece has
 * one ({@code source}, {@code categories}, {@code purposes}, {@code policyVersion}, {@code collectedAt})
 * and the values in {@code data}. A disclosure (kind {@value #DISCLOSURE}) names instead
 * {@code recipient}, {@code recipientCategory}, {@code categories}, {@code purpose} and {@code disclosedAt}.
 */
public final class Pieces {

    public static final String DISCLOSURE = "DISCLOSURE";
    public static final JsonProvider JSON = JsonProvider.provider();

    private Pieces() {
    }

    /** A piece collected through a form, with its collection record. */
    public static JsonObject collected(String holder, String kind, Collection collection, Map<String, ?> data) {
        return JSON.createObjectBuilder()
                .add("holder", holder).add("kind", kind)
                .add("source", collection.sourceForm())
                .add("categories", array(collection.categories()))
                .add("purposes", array(collection.purposes()))
                .add("policyVersion", collection.policyVersion())
                .add("collectedAt", collection.collectedAt().toString())
                .add("data", values(data)).build();
    }

    /** A piece that is a fact of our own about the person (state, an event), with when it arose. */
    public static JsonObject fact(String holder, String kind, Instant at, Map<String, ?> data) {
        return JSON.createObjectBuilder().add("holder", holder).add("kind", kind)
                .add("at", at.toString()).add("data", values(data)).build();
    }

    public static JsonObjectBuilder values(Map<String, ?> data) {
        var values = JSON.createObjectBuilder();
        data.forEach((name, value) -> {
            if (value instanceof Integer number) {
                values.add(name, number);
            } else if (value instanceof Long number) {
                values.add(name, number);
            } else if (value instanceof Boolean flag) {
                values.add(name, flag);
            } else if (value != null) {
                values.add(name, value.toString());
            }
        });
        return values;
    }

    public static JsonArrayBuilder array(Iterable<String> items) {
        var array = JSON.createArrayBuilder();
        items.forEach(array::add);
        return array;
    }
}
