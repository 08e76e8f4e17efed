package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.FieldError;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Binds a JSON object onto a form class's public fields, strictly: a text field takes a JSON string
 * only, a flag {@code true} or {@code false} only, a count a whole number in range only. A general
 * JSON mapper would quietly turn {@code ["A"]} into {@code "A"}; a public form takes no such liberty.
 * Unknown members are ignored: they are never stored.
 */
public final class JsonBinder {

    private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, Integer.class);

    private JsonBinder() {
    }

    public static <T> FormBinder.Bound<T> bind(String body, Class<T> type) {
        var errors = new ArrayList<FieldError>();
        T form = bindObject(parse(body), type, "", errors);
        return new FormBinder.Bound<>(form, errors);
    }

    private static <T> T bindObject(JsonObject object, Class<T> type, String prefix, List<FieldError> errors) {
        try {
            T form = type.getDeclaredConstructor().newInstance();
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                JsonValue value = object.get(field.getName());
                if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                    continue;
                }
                String name = prefix + field.getName();
                Object converted = field.getType() == List.class
                        ? list(value, elementType(field), name, errors)
                        : nested(field.getType()) ? object(value, field.getType(), name, errors)
                        : convert(value, field.getType());
                if (converted == null) {
                    errors.add(new FieldError(name, message(field.getType())));
                } else {
                    field.set(form, converted);
                }
            }
            return form;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Form class " + type.getSimpleName() + " cannot be bound", e);
        }
    }

    /** A nested form, bound as strictly as the outer one; its errors name the path. */
    private static Object object(JsonValue value, Class<?> type, String name, List<FieldError> errors) {
        return value.getValueType() == JsonValue.ValueType.OBJECT
                ? bindObject(value.asJsonObject(), type, name + ".", errors) : null;
    }

    /** A list of strings, or of nested forms each bound as strictly as the outer one; errors name the item. */
    private static List<Object> list(JsonValue value, Class<?> element, String name, List<FieldError> errors) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        var items = new ArrayList<Object>();
        int index = 0;
        for (JsonValue item : value.asJsonArray()) {
            String at = name + "[" + index++ + "]";
            if (element == String.class) {
                if (item instanceof JsonString text) {
                    items.add(text.getString());
                } else {
                    errors.add(new FieldError(at, "must be a string"));
                }
            } else if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new FieldError(at, "must be an object"));
            } else {
                items.add(bindObject(item.asJsonObject(), element, at + ".", errors));
            }
        }
        return items;
    }

    /** A field of a nested form class (an agent, corrections): anything but a text, flag, count or list. */
    static boolean nested(Class<?> type) {
        return !SCALARS.contains(type) && type != List.class;
    }

    private static Class<?> elementType(Field field) {
        return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
    }

    /** Read strictly (depth, duplicate members: see {@link StrictJson}), then it must be an object. */
    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("A JSON object is required.");
        }
        JsonValue value = StrictJson.read(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.badRequest("The body must be a JSON object.");
        }
        return value.asJsonObject();
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
                var decimal = number.bigDecimalValue();
                if (decimal.precision() - decimal.scale() > 10) {
                    return null; // more digits than an int holds: refused without working 1e999999999 out
                }
                try {
                    return decimal.intValueExact();
                } catch (ArithmeticException tooLarge) {
                    return null;
                }
            }
            return null;
        }
        throw new IllegalStateException("No JSON binding for " + type.getSimpleName());
    }

    private static String message(Class<?> type) {
        if (type == List.class) {
            return "must be a list";
        }
        if (nested(type)) {
            return "must be an object";
        }
        if (type == Boolean.class) {
            return "must be true or false";
        }
        return type == Integer.class ? "must be a whole number" : "must be a string";
    }
}
