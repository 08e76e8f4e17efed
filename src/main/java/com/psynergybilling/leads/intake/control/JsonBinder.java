package com.psynergybilling.leads.intake.control;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;

/**
 * Binds a JSON object onto a form class's public fields, strictly: a text field takes a JSON string
 * only, a flag {@code true} or {@code false} only, a count a whole number in range only. A general
 * JSON mapper would quietly turn {@code ["A"]} into {@code "A"}; a public form takes no such liberty.
 * Unknown members are ignored: they are never stored.
 */
public final class JsonBinder {

    /** Looked up once: {@code Json.create*} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonBinder() {
    }

    public static <T> FormBinder.Bound<T> bind(String body, Class<T> type) {
        JsonObject object = parse(body);
        try {
            T form = type.getDeclaredConstructor().newInstance();
            var errors = new ArrayList<FieldError>();
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                JsonValue value = object.get(field.getName());
                if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                    continue;
                }
                Object converted = convert(value, field.getType());
                if (converted == null) {
                    errors.add(new FieldError(field.getName(), message(field.getType())));
                } else {
                    field.set(form, converted);
                }
            }
            return new FormBinder.Bound<>(form, errors);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Form class " + type.getSimpleName() + " cannot be bound", e);
        }
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("A JSON object is required.");
        }
        try (var parser = JSON.createParser(new StringReader(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw ProblemException.badRequest("The body must be a JSON object.");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw ProblemException.badRequest("The body must be one JSON object and nothing after it.");
            }
            return object;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new ProblemException(new Problem("malformed-body", "Malformed body", 400,
                    "The body is not well-formed JSON."));
        }
    }

    private static Object convert(JsonValue value, Class<?> type) {
        if (type == String.class) {
            return value instanceof JsonString text ? text.getString() : null;
        }
        if (type == Boolean.class) {
            return value == JsonValue.TRUE ? Boolean.TRUE : value == JsonValue.FALSE ? Boolean.FALSE : null;
        }
        if (type == Integer.class) {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.bigIntegerValueExact().intValueExact();
                } catch (ArithmeticException tooLarge) {
                    return null;
                }
            }
            return null;
        }
        throw new IllegalStateException("No JSON binding for " + type.getSimpleName());
    }

    private static String message(Class<?> type) {
        if (type == Boolean.class) {
            return "must be true or false";
        }
        return type == Integer.class ? "must be a whole number" : "must be a string";
    }
}
