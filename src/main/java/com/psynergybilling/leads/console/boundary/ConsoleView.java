package com.psynergybilling.leads.console.boundary;

import com.psynergybilling.leads.platform.control.Forms;
import com.psynergybilling.leads.platform.control.Pages;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.platform.control.Violations;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.staff.boundary.ConsoleCookie;
import com.psynergybilling.leads.staff.boundary.ConsoleSignIn.Active;
import com.psynergybilling.leads.staff.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A console page: only with a live session (else to the sign-in form), only for its role (else a
 * plain 403 page), and a POST only with the session's CSRF token (else 403). Errors from the
 * controls become a page carrying the problem's words, which are safe to show by design.
 */
public abstract class ConsoleView extends HttpServlet {

    @Inject
    Pages pages;

    /** Runs a control's step in its own transaction: pages are servlets, outside any boundary's. */
    @Inject
    protected InTransaction tx;

    @Inject
    Forms forms;

    @Inject
    PublicUrl publicUrl;

    /** The role this page is for; null for any signed-in member of staff. */
    private final Role role;

    protected ConsoleView(Role role) {
        this.role = role;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        var active = ConsoleCookie.active(request);
        if (active.isEmpty()) {
            boolean hadCookie = ConsoleCookie.read(request).isPresent();
            if (hadCookie) {
                ConsoleCookie.clear(response, secure());
            }
            redirect(response, "/console/login" + (hadCookie ? "?ended" : ""));
            return;
        }
        if (role != null && !active.get().has(role)) {
            render(request, response, 403, "console-forbidden", "Not for your role", Map.of());
            return;
        }
        if ("POST".equals(request.getMethod()) && !csrfMatches(request, active.get())) {
            render(request, response, 403, "console-expired-form", "Form expired", Map.of());
            return;
        }
        try {
            if ("GET".equals(request.getMethod())) {
                get(request, response, active.get(), path(request));
            } else if ("POST".equals(request.getMethod())) {
                post(request, response, active.get(), path(request));
            } else {
                response.sendError(405);
            }
        } catch (ProblemException e) {
            var problem = e.problem();
            var errors = problem.errors == null ? List.<String>of() : lines(problem.errors);
            render(request, response, problem.status, "console-problem", problem.title,
                    Map.of("detail", problem.detail == null ? "" : problem.detail, "errors", errors,
                            "hasErrors", !errors.isEmpty()));
        }
    }

    protected void get(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        notFound(request, response);
    }

    protected void post(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        notFound(request, response);
    }

    protected void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, 404, "console-problem", "Not found",
                Map.of("detail", "There is no such page. Use the menu above."));
    }

    /** Renders a page in the console's layout, with the session's user, menu and CSRF token. */
    protected void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                          String title, Map<String, ?> scope) throws IOException {
        Map<String, Object> all = new HashMap<>(scope);
        all.put("title", title);
        ConsoleCookie.active(request).ifPresent(user -> {
            all.put("user", user.username());
            all.put("csrf", user.csrfToken());
            for (Role role : Role.values()) {
                all.put("is_" + role.name(), user.has(role));
            }
        });
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(pages.render(template, all));
    }

    /** A 303 to a path of this service, built from the public URL (never from the Host header). */
    protected void redirect(HttpServletResponse response, String path) {
        response.setStatus(303);
        response.setHeader("Location", publicUrl.of(path));
    }

    protected boolean secure() {
        return publicUrl.https();
    }

    /** A form's constraint violations as "field: message" lines, named as the API names them; empty when valid. */
    protected List<String> errors(Object form) {
        return lines(Violations.fieldErrors(forms.validator().validate(form)));
    }

    /** What a refused step said: its field errors as lines, or its detail when it named no field. */
    static List<String> errors(ProblemException refused) {
        var problem = refused.problem();
        return problem.errors == null || problem.errors.isEmpty() ? List.of(problem.detail) : lines(problem.errors);
    }

    private static List<String> lines(List<FieldError> errors) {
        return errors.stream().map(f -> f.field() + ": " + f.message()).toList();
    }

    private static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? "" : info;
    }

    private static boolean csrfMatches(HttpServletRequest request, Active user) {
        String sent = request.getParameter("csrf");
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                user.csrfToken().getBytes(StandardCharsets.UTF_8));
    }
}
