package com.psynergybilling.leads.staff.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * The console's session cookie: scoped to {@code /console} (a browser never sends it to the JSON
 * API, and the API's authentication never reads it), {@code HttpOnly}, {@code SameSite=Strict}, and
 * {@code Secure} when the service is public over https. It carries no expiry: the server ends it.
 */
public final class ConsoleCookie {

    public static final String NAME = "leads_console";
    public static final String PATH = "/console";
    /** The request attribute under which a resumed session's {@link ConsoleSignIn.Active} travels. */
    public static final String ACTIVE = ConsoleCookie.class.getName() + ".active";

    private ConsoleCookie() {
    }

    /** Whether the request is for the console, the only place a session cookie counts. */
    public static boolean appliesTo(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> NAME.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    public static void set(HttpServletResponse response, String id, boolean secure) {
        response.addHeader("Set-Cookie", NAME + "=" + id + "; Path=" + PATH + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    public static void clear(HttpServletResponse response, boolean secure) {
        response.addHeader("Set-Cookie", NAME + "=; Path=" + PATH + "; Max-Age=0; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    public static Optional<ConsoleSignIn.Active> active(HttpServletRequest request) {
        return Optional.ofNullable((ConsoleSignIn.Active) request.getAttribute(ACTIVE));
    }
}
