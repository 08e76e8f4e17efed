package com.psynergybilling.leads.platform.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which operations need a login, read from the resources as {@code RoleCheck} enforces them, so that the
 * API description says what the code does: a method with {@code @RolesAllowed}, or one of a class with it
 * unless the method is {@code @PermitAll}. Each is named by its method and path as the OpenAPI document
 * has it: {@code GET /api/v1/audit/chain}. The resources are the {@code boundary} classes among the
 * application's own class files, found from where one of them lies (Payara deploys a WAR expanded, into
 * WEB-INF/classes; the unit tests read target/classes).
 */
public final class SecuredOperations {

    private SecuredOperations() {
    }

    /** The secured operations of the application whose classes lie beside {@code anyOfItsClasses}. */
    public static Set<String> of(Class<?> anyOfItsClasses) {
        var classes = classesBeside(anyOfItsClasses);
        String root = classes.stream().map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null)
                .map(ApplicationPath::value).findFirst().orElse("");
        var secured = new TreeSet<String>();
        classes.stream().filter(c -> c.isAnnotationPresent(Path.class))
                .forEach(resource -> secured.addAll(of(root, resource)));
        if (secured.isEmpty()) {
            throw new IllegalStateException("no @RolesAllowed resource found beside " + anyOfItsClasses.getName());
        }
        return secured;
    }

    static List<String> of(String root, Class<?> resource) {
        var secured = new ArrayList<String>();
        boolean classSecured = resource.isAnnotationPresent(RolesAllowed.class);
        for (Method method : resource.getDeclaredMethods()) {
            String verb = verb(method);
            boolean needsLogin = method.isAnnotationPresent(RolesAllowed.class)
                    || (classSecured && !method.isAnnotationPresent(PermitAll.class));
            if (verb != null && needsLogin) {
                secured.add(verb + " " + path(root, value(resource), value(method)));
            }
        }
        return secured;
    }

    /** The template's path: segments joined by one slash, a parameter without its pattern ({@code {id}}). */
    static String path(String... parts) {
        String joined = ("/" + String.join("/", parts)).replaceAll("/{2,}", "/").replaceAll("(?<=.)/$", "");
        return joined.replaceAll("\\{\\s*(\\w+)\\s*:(?:[^{}]|\\{[^{}]*})*}", "{$1}");
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            var verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String value(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static List<Class<?>> classesBeside(Class<?> anchor) {
        var root = classesRoot(anchor);
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.map(file -> root.relativize(file).toString().replace(File.separatorChar, '.'))
                    .filter(name -> name.endsWith(".class") && name.contains(".boundary.") && !name.contains("$"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()), anchor))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder the class files lie in: {@code anchor}'s own file, up as many levels as its package has. */
    private static java.nio.file.Path classesRoot(Class<?> anchor) {
        URL file = anchor.getResource(anchor.getSimpleName() + ".class");
        if (file == null || !"file".equals(file.getProtocol())) {
            throw new IllegalStateException("the classes beside " + anchor.getName() + " are not files: " + file);
        }
        try {
            var root = Paths.get(file.toURI());
            for (int level = 0; level < anchor.getName().split("\\.").length; level++) {
                root = root.getParent();
            }
            return root;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name, Class<?> besides) {
        try {
            return Class.forName(name, false, besides.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
