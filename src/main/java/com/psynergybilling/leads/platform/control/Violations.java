package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.ReportedAs;
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
                .map(v -> new FieldError(field(v.getPropertyPath(), v.getLeafBean()), v.getMessage()))
                .sorted(Comparator.comparing((FieldError e) -> e.field()).thenComparing(e -> e.message()))
                .toList();
    }

    static String field(Path path) {
        return field(path, null);
    }

    /**
     * The path as the caller sent it; a property that is no field of {@code leafBean} (a cross-field
     * check's getter) takes the name its {@link ReportedAs} gives, or none, so no Java name leaks.
     */
    static String field(Path path, Object leafBean) {
        var name = new StringBuilder();
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // A node's index or key belongs to the iterable before it: items[0].name, tags[1].
            if (node.isInIterable() && name.length() > 0) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                name.append('[').append(at == null ? "" : at).append(']');
            }
            String part = node == last ? publicName(node, leafBean) : node.getName();
            if (part != null && !part.startsWith("<")) {
                name.append(name.length() == 0 ? "" : ".").append(part);
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    private static String publicName(Path.Node node, Object leafBean) {
        String name = node.getName();
        if (node.getKind() != ElementKind.PROPERTY || leafBean == null || name == null || isField(leafBean, name)) {
            return name;
        }
        String getter = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String prefix : new String[]{"is", "get"}) {
            try {
                ReportedAs reported = leafBean.getClass().getMethod(prefix + getter).getAnnotation(ReportedAs.class);
                return reported == null ? null : reported.value();
            } catch (NoSuchMethodException notThisOne) {
                // try the other prefix
            }
        }
        return null;
    }

    private static boolean isField(Object bean, String name) {
        try {
            bean.getClass().getField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
