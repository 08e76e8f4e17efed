package com.psynergybilling.leads.console.boundary;

import com.psynergybilling.leads.console.control.Format;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.staff.boundary.ConsoleSignIn.Active;
import com.psynergybilling.leads.webinars.boundary.WebinarActions;
import com.psynergybilling.leads.webinars.entity.NewWebinar;
import com.psynergybilling.leads.webinars.entity.Registrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Marketing's webinars in the console (under {@link MarketingPages}): the upcoming ones, a new one,
 * and a webinar's registrants, all through the API's own {@link WebinarActions}, so the registrants
 * show only what the policy's permit covers and each one shown is an audited read, as in the API.
 */
@ApplicationScoped
public class WebinarPages {

    private static final Pattern ONE = Pattern.compile("/([0-9a-f-]{36})");

    @Inject
    WebinarActions actions;

    void get(ConsoleView view, HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        if (path.isEmpty()) {
            list(view, request, response, 200, List.of());
            return;
        }
        var one = ONE.matcher(path);
        if (!one.matches()) {
            view.notFound(request, response);
            return;
        }
        var webinar = actions.one(one.group(1));
        var registrants = actions.registrants(webinar.id(), user.username());
        Map<String, Object> scope = new HashMap<>();
        scope.put("id", webinar.id());
        scope.put("startsAt", Format.when(webinar.startsAt()));
        scope.put("count", Format.number(registrants.size()));
        scope.put("rows", registrants.stream().map(WebinarPages::row).toList());
        scope.put("hasRows", !registrants.isEmpty());
        scope.put("notice", "created".equals(request.getParameter("done"))
                ? "The webinar is created and listed on the website; sign-ups appear here." : null);
        view.render(request, response, 200, "console-marketing-webinar", webinar.title(), scope);
    }

    void create(ConsoleView view, HttpServletRequest request, HttpServletResponse response, Active user)
            throws IOException {
        var form = new NewWebinar();
        form.title = request.getParameter("title");
        String startsAt = request.getParameter("startsAt");
        form.startsAt = startsAt == null || startsAt.isBlank() ? null : Format.utcInstant(startsAt.trim());
        try {
            var created = actions.create(form, List.of(), user.username());
            view.redirect(response, "/console/marketing/webinars/" + created.id() + "?done=created");
        } catch (ProblemException e) {
            list(view, request, response, e.problem().status, ConsoleView.errors(e));
        }
    }

    private void list(ConsoleView view, HttpServletRequest request, HttpServletResponse response, int status,
                      List<String> errors) throws IOException {
        var upcoming = actions.upcoming();
        Map<String, Object> scope = new HashMap<>();
        scope.put("rows", upcoming.stream().map(w -> Map.of("id", w.id(), "title", w.title(),
                "startsAt", Format.when(w.startsAt()))).toList());
        scope.put("hasRows", !upcoming.isEmpty());
        scope.put("errors", errors);
        scope.put("hasErrors", !errors.isEmpty());
        view.render(request, response, status, "console-marketing-webinars", "Webinars", scope);
    }

    private static Map<String, Object> row(Registrant r) {
        Map<String, Object> row = new HashMap<>();
        row.put("registrationId", r.registrationId);
        row.put("registeredAt", Format.when(r.registeredAt));
        row.put("fullName", r.fullName);
        row.put("email", r.email);
        row.put("organization", r.organization);
        row.put("practiceSpecialty", r.practiceSpecialty);
        return row;
    }
}
