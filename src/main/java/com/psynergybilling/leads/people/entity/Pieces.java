package com.psynergybilling.leads.people.entity;

import com.psynergybilling.leads.policy.entity.Collection;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.Map;

/**
 * Makes the {@link Piece}s that holders export (R18) and writes their values as JSON for the
 * access report's attachment.
 */
public final class Pieces {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Pieces() {
    }

    /** A piece collected through a form, with its collection record. */
    public static Piece.Collected collected(String holder, String kind, Collection collection, Map<String, ?> data) {
        return new Piece.Collected(holder, kind, collection, data);
    }

    /** A piece that is a fact of our own about the person (state, an event), with when it arose. */
    public static Piece.Fact fact(String holder, String kind, Instant at, Map<String, ?> data) {
        return new Piece.Fact(holder, kind, at, data);
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
