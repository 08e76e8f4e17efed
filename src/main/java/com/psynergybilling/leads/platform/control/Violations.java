package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Names each violation by the field the caller sent, never by a Java method or parameter. */
public final class Violations {

    private Violations() {
    }

    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing((FieldError e) -> e.field).thenComparing(e -> e.message))
                .toList();
    }

    static String field(Path path) {
        var name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // A node's index or key belongs to the iterable before it: items[0].name, tags[1].
            if (node.isInIterable() && name.length() > 0) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                name.append('[').append(at == null ? "" : at).append(']');
            }
            String part = node.getName();
            if (part != null && !part.startsWith("<")) {
                name.append(name.length() == 0 ? "" : ".").append(part);
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
