package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads one JSON value as this service accepts it: well-formed, nested at most {@link #MAX_DEPTH}
 * deep, and with no member named twice in one object. Built from the streaming parser without
 * recursion, so a hostile body costs one pass and a small stack; a general reader would recurse once
 * per level and let the last of two equal keys win silently.
 */
public final class StrictJson {

    /** Deeper than any form or staff body needs; deep enough for every one of them. */
    public static final int MAX_DEPTH = 32;

    private static final JsonProvider JSON = JsonProvider.provider();

    private StrictJson() {
    }

    /** The value of {@code body}, or a 400 problem that says what is wrong with it (never the parser's words). */
    public static JsonValue read(String body) {
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            Deque<Level> levels = new ArrayDeque<>();
            JsonValue result = null;
            while (parser.hasNext()) {
                if (result != null) {
                    throw refused("The body must be one JSON value and nothing after it.");
                }
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (levels.size() == MAX_DEPTH) {
                            throw refused("The body is nested deeper than " + MAX_DEPTH + " levels.");
                        }
                        levels.push(event == JsonParser.Event.START_OBJECT ? Level.object() : Level.array());
                    }
                    case KEY_NAME -> levels.peek().key(parser.getString());
                    case END_OBJECT, END_ARRAY -> result = levels.pop().closeInto(levels);
                    default -> result = Level.addValue(levels, parser.getValue());
                }
            }
            if (result == null || !levels.isEmpty()) {
                throw refused("The body is not well-formed JSON.");
            }
            return result;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw refused("The body is not well-formed JSON.");
        } catch (NumberFormatException | UnsupportedOperationException | ArithmeticException e) {
            // A number the parser will not hold: an exponent past an int, more digits than its limit.
            throw refused("The body holds a number too large to read.");
        }
    }

    /** Whether {@code body} would be read; the problem when not. */
    public static void check(String body) {
        read(body);
    }

    static ProblemException refused(String detail) {
        return new ProblemException(new Problem("malformed-body", "Malformed body", 400, detail));
    }

    /** One open object or array, with the key waiting for its value. */
    private static final class Level {

        private final JsonObjectBuilder object;
        private final JsonArrayBuilder array;
        private final Set<String> keys = new HashSet<>();
        private String key;

        private Level(JsonObjectBuilder object, JsonArrayBuilder array) {
            this.object = object;
            this.array = array;
        }

        static Level object() {
            return new Level(JSON.createObjectBuilder(), null);
        }

        static Level array() {
            return new Level(null, JSON.createArrayBuilder());
        }

        void key(String name) {
            if (!keys.add(name)) {
                throw refused("The member \"" + printable(name) + "\" appears more than once in one object.");
            }
            key = name;
        }

        void add(JsonValue value) {
            if (object != null) {
                object.add(key, value);
            } else {
                array.add(value);
            }
        }

        /** Closes this level; its value goes into the enclosing one, or is the whole body at the top. */
        JsonValue closeInto(Deque<Level> outer) {
            JsonValue value = object != null ? object.build() : array.build();
            return addValue(outer, value);
        }

        static JsonValue addValue(Deque<Level> levels, JsonValue value) {
            if (levels.isEmpty()) {
                return value;
            }
            levels.peek().add(value);
            return null;
        }

        private static String printable(String name) {
            String shown = name.replaceAll("[^\\p{Alnum}_.-]", "?");
            return shown.length() > 40 ? shown.substring(0, 40) + "..." : shown;
        }
    }
}
