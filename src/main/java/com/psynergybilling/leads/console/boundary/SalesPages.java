package com.psynergybilling.leads.console.boundary;

import com.psynergybilling.leads.console.control.Format;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.entity.PageCursor;
import com.psynergybilling.leads.policy.control.CollectionNotices;
import com.psynergybilling.leads.sales.boundary.SalesDesk;
import com.psynergybilling.leads.sales.entity.DemoRequestChange;
import com.psynergybilling.leads.sales.entity.DemoRequestStatus;
import com.psynergybilling.leads.sales.entity.DemoRequestView;
import com.psynergybilling.leads.sales.entity.RequestType;
import com.psynergybilling.leads.staff.boundary.ConsoleSignIn.Active;
import com.psynergybilling.leads.staff.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sales: the demo-request queue, one request with its collection record and withheld fields, claim,
 * status and note, and the CSV export. Every read and change goes through {@link SalesDesk}, as the API's
 * do, so the console shows the same fields and leaves the same audit trail.
 */
@WebServlet("/console/sales/*")
public class SalesPages extends ConsoleView {

    private static final int PAGE = 25;
    private static final Pattern ONE = Pattern.compile("/([0-9a-f-]{36})(/claim)?");

    @Inject
    SalesDesk desk;

    @Inject
    CollectionNotices notices;

    public SalesPages() {
        super(Role.sales);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        var one = ONE.matcher(path);
        if (path.isEmpty()) {
            queue(request, response, user);
        } else if (path.equals("/export.csv")) {
            var filter = SalesDesk.filter(blank(request, "status"), blank(request, "requestType"), since(request),
                    blank(request, "practiceSpecialty"));
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"demo-requests.csv\"");
            desk.export(response.getOutputStream(), filter, user.username());
        } else if (one.matches() && one.group(2) == null) {
            var view = tx.call(() -> desk.one(one.group(1), user.username()));
            detail(request, response, 200, view, request.getParameter("done"), null);
        } else {
            notFound(request, response);
        }
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        var one = ONE.matcher(path);
        if (!one.matches()) {
            notFound(request, response);
            return;
        }
        String id = one.group(1);
        if (one.group(2) != null) {
            tx.call(() -> desk.claim(id, user.username()));
            redirect(response, "/console/sales/" + id + "?done=claimed");
            return;
        }
        var change = new DemoRequestChange();
        change.status = blank(request, "status");
        change.note = request.getParameter("note");
        var errors = errors(change);
        if (!errors.isEmpty()) {
            var view = tx.call(() -> desk.one(id, user.username()));
            detail(request, response, 400, view, null, errors);
            return;
        }
        tx.call(() -> desk.update(id, user.username(), change.statusValue(), change.note));
        redirect(response, "/console/sales/" + id + "?done=updated");
    }

    private void queue(HttpServletRequest request, HttpServletResponse response, Active user) throws IOException {
        String status = blank(request, "status");
        String type = blank(request, "requestType");
        String since = since(request);
        String specialty = blank(request, "practiceSpecialty");
        var filter = SalesDesk.filter(status, type, since, specialty);
        String cursor = blank(request, "cursor");
        if (cursor != null) {
            try {
                filter = filter.after(PageCursor.decode(cursor));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("This page link is not one the console gave out.");
            }
        }
        var page = desk.page(filter, PAGE, user.username());
        var rows = page.items().stream().map(SalesPages::row).toList();
        String query = "status=" + enc(status) + "&requestType=" + enc(type) + "&since=" + enc(blank(request, "since"))
                + "&practiceSpecialty=" + enc(specialty);
        Map<String, Object> scope = new HashMap<>();
        scope.put("rows", rows);
        scope.put("hasRows", !rows.isEmpty());
        scope.put("filtered", status != null || type != null || since != null || specialty != null);
        scope.put("specialty", specialty == null ? "" : specialty);
        scope.put("next", page.next() == null ? null : "/console/sales?" + query + "&cursor=" + enc(page.next().encode()));
        scope.put("export", "/console/sales/export.csv?" + query);
        scope.put("statuses", options(DemoRequestStatus.values(), status));
        scope.put("types", options(RequestType.values(), type));
        scope.put("since", blank(request, "since") == null ? "" : request.getParameter("since"));
        render(request, response, 200, "console-sales-queue", "Demo requests", scope);
    }

    private void detail(HttpServletRequest request, HttpServletResponse response, int status, DemoRequestView view,
                        String done, List<String> errors) throws IOException {
        Map<String, Object> scope = new HashMap<>();
        scope.put("r", view);
        // Names of their own: inside {{#r}} the view's raw instants would win over these.
        scope.put("receivedText", Format.when(view.receivedAt()));
        scope.put("collectedText", Format.when(view.collection().collectedAt()));
        scope.put("purposes", String.join(", ", view.collection().purposes()));
        scope.put("categories", String.join(", ", view.collection().categories()));
        scope.put("withheld", view.withheld());
        scope.put("hasWithheld", !view.withheld().isEmpty());
        // What the person was told at collection, from the same policy data that is enforced (R1, R3): the
        // notice of the version the record was collected under, not today's.
        scope.put("collectionNotice", notices.of(view.collection().sourceForm(), view.collection().policyVersion())
                .map(notices::html).orElse(""));
        scope.put("statuses", options(DemoRequestStatus.values(), view.status().name()));
        scope.put("notice", "claimed".equals(done) ? "You hold this request now."
                : "updated".equals(done) ? "Saved." : null);
        scope.put("errors", errors);
        scope.put("hasErrors", errors != null && !errors.isEmpty());
        render(request, response, status, "console-sales-request", "Request from "
                + (view.fullName() == null ? "a visitor" : view.fullName()), scope);
    }

    private static Map<String, Object> row(DemoRequestView v) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", v.id());
        row.put("receivedAt", Format.when(v.receivedAt()));
        row.put("type", v.requestType().name());
        row.put("name", v.fullName() == null ? "(withheld)" : v.fullName());
        row.put("organization", v.organization() == null ? "" : v.organization());
        row.put("status", v.status().name());
        row.put("assignee", v.assignee() == null ? "nobody yet" : v.assignee());
        return row;
    }

    private static List<Map<String, Object>> options(Enum<?>[] values, String selected) {
        return Arrays.stream(values).map(v -> Map.<String, Object>of("value", v.name(),
                "selected", v.name().equals(selected))).toList();
    }

    /** The date field (yyyy-mm-dd) as the API's instant: the start of that day, UTC. */
    private static String since(HttpServletRequest request) {
        String date = blank(request, "since");
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("The date must look like 2026-11-01.");
        }
    }

    private static String blank(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String enc(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
