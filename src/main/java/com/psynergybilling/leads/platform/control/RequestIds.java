package com.psynergybilling.leads.platform.control;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of each request, on its answer (X-Request-Id) and on every log line written while serving
 * it: the caller's own when it is sane (a load balancer's or a client's), otherwise a new one, so a
 * log line can never be forged or broken by a header.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /** The incoming id when it is sane, otherwise a new one. */
    public static String accept(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** The request's id, the same however often it is asked (the login mechanism answers before the filters). */
    public static String of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String id = accept(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** The id of the request this thread serves, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void enter(String id) {
        CURRENT.set(id);
    }

    public static void leave() {
        CURRENT.remove();
    }
}
