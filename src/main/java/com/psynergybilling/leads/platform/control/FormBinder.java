package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.FieldError;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Binds an HTML form's fields onto a form class's public fields of the same names, so that a plain
 * {@code <form>} and a JSON body reach the same validation. Booleans accept what browsers send for a
 * checkbox ({@code on}); a field that cannot be read is reported, never guessed.
 */
public final class FormBinder {

    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0");

    private FormBinder() {
    }

    public record Bound<T>(T form, List<FieldError> errors) {
    }

    public static <T> Bound<T> bind(MultivaluedMap<String, String> fields, Class<T> type) {
        try {
            T form = type.getDeclaredConstructor().newInstance();
            var errors = new ArrayList<FieldError>();
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) || JsonBinder.nested(field.getType())) {
                    // An HTML form is flat: a form class folds its flat fields into its lists and nested forms itself.
                    continue;
                }
                String raw = fields.getFirst(field.getName());
                if (raw == null || raw.isBlank() && field.getType() != String.class) {
                    continue;
                }
                Object value = convert(raw.strip(), field.getType());
                if (value == null) {
                    errors.add(new FieldError(field.getName(), message(field.getType())));
                } else {
                    field.set(form, value);
                }
            }
            return new Bound<>(form, errors);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Form class " + type.getSimpleName() + " cannot be bound", e);
        }
    }

    private static Object convert(String raw, Class<?> type) {
        if (type == String.class) {
            return raw;
        }
        if (type == Boolean.class) {
            String value = raw.toLowerCase(Locale.ROOT);
            return TRUE.contains(value) ? Boolean.TRUE : FALSE.contains(value) ? Boolean.FALSE : null;
        }
        if (type == Integer.class) {
            try {
                return Integer.valueOf(raw);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        throw new IllegalStateException("No form binding for " + type.getSimpleName());
    }

    private static String message(Class<?> type) {
        return type == Boolean.class ? "must be true or false" : "must be a whole number";
    }
}
