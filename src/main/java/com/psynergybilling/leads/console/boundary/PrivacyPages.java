package com.psynergybilling.leads.console.boundary;

import com.psynergybilling.leads.console.control.Format;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.rights.boundary.PrivacyOfficerSteps;
import com.psynergybilling.leads.rights.boundary.PrivacyRequestReads;
import com.psynergybilling.leads.rights.entity.DecisionForm;
import com.psynergybilling.leads.rights.entity.PrivacyRequestStatus;
import com.psynergybilling.leads.rights.entity.PrivacyRequestType;
import com.psynergybilling.leads.rights.entity.PrivacyRequestView;
import com.psynergybilling.leads.rights.entity.ReasonForm;
import com.psynergybilling.leads.staff.boundary.ConsoleSignIn.Active;
import com.psynergybilling.leads.staff.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The privacy officer: the request queue with each statutory clock and each request's history,
 * decisions and the one extension (through the API's own {@link PrivacyOfficerSteps}); legal holds,
 * minor reports and the audit log are {@link PrivacyRecordPages}.
 * The list is the API's audited read ({@link PrivacyRequestReads}).
 */
@WebServlet("/console/privacy/*")
public class PrivacyPages extends ConsoleView {

    private static final int LIMIT = 200;
    private static final Pattern STEP = Pattern.compile("/([0-9a-f-]{36})/(decision|extension)");

    @Inject
    PrivacyRequestReads reads;

    @Inject
    PrivacyOfficerSteps steps;

    @Inject
    PrivacyRecordPages records;

    @Inject
    Clock clock;

    public PrivacyPages() {
        super(Role.privacy);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        if (records.get(this, request, response, user, path)) {
            return;
        }
        if (!path.isEmpty()) {
            notFound(request, response);
            return;
        }
        queue(request, response, user, request.getParameter("done"));
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        if (records.post(this, request, response, user, path)) {
            return;
        }
        var step = STEP.matcher(path);
        if (!step.matches()) {
            notFound(request, response);
            return;
        }
        if (step.group(2).equals("decision")) {
            var form = new DecisionForm();
            form.outcome = request.getParameter("outcome");
            form.exception = blank(request.getParameter("exception"));
            form.message = blank(request.getParameter("message"));
            steps.decide(step.group(1), form, user.username());
            redirect(response, "/console/privacy?done=decided");
        } else {
            var form = new ReasonForm();
            form.reason = request.getParameter("reason");
            steps.extend(step.group(1), form, user.username());
            redirect(response, "/console/privacy?done=extended");
        }
    }

    private void queue(HttpServletRequest request, HttpServletResponse response, Active user, String done)
            throws IOException {
        String status = blank(request.getParameter("status"));
        String type = blank(request.getParameter("type"));
        String overdue = "true".equals(request.getParameter("overdue")) ? "true" : null;
        Instant now = Moments.now(clock);
        var found = reads.list(status, type, overdue, LIMIT, user.username(), now);
        var rows = found.stream().map(r -> row(r, now)).toList();
        Map<String, Object> scope = new HashMap<>();
        scope.put("rows", rows);
        scope.put("hasRows", !rows.isEmpty());
        scope.put("filtered", status != null || type != null || overdue != null);
        scope.put("statuses", options(PrivacyRequestStatus.values(), status));
        scope.put("types", options(PrivacyRequestType.values(), type));
        scope.put("overdue", overdue != null);
        scope.put("notice", "decided".equals(done) ? "The decision is recorded and the requester is told by email."
                : "extended".equals(done) ? "The due date is extended by 45 days and the requester is told why." : null);
        render(request, response, 200, "console-privacy-queue", "Privacy requests", scope);
    }

    private static Map<String, Object> row(PrivacyRequestView r, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id());
        row.put("type", r.type());
        row.put("status", r.status());
        row.put("who", r.fullName() == null ? "(forgotten)" : r.fullName());
        row.put("email", r.email() == null ? "" : r.email());
        row.put("state", r.stateOfResidence() == null ? "" : r.stateOfResidence());
        row.put("agent", r.agentName() == null ? null : r.agentName() + " (" + r.agentEmail() + "): "
                + r.signedPermission());
        row.put("receivedAt", Format.when(r.receivedAt()));
        row.put("verifiedAt", Format.when(r.verifiedAt()));
        row.put("decidedAt", Format.when(r.decidedAt()));
        row.put("outcome", r.outcome());
        row.put("overdue", r.overdue());
        Instant due = r.appealDueAt() != null && r.status().equals("APPEALED") ? r.appealDueAt() : r.dueAt();
        row.put("dueAt", Format.when(due));
        row.put("clock", clock(due, now, r.overdue()));
        row.put("extended", r.extended());
        boolean decidable = PrivacyRequestStatus.DECIDABLE.contains(PrivacyRequestStatus.valueOf(r.status()));
        row.put("decidable", decidable);
        row.put("history", history(r));
        row.put("extendable", !r.extended() && PrivacyRequestStatus.OPEN.contains(PrivacyRequestStatus.valueOf(r.status())));
        return row;
    }

    /** The request's history, as its record keeps it: each step with its time, oldest first. */
    static List<Map<String, Object>> history(PrivacyRequestView r) {
        List<Map<String, Object>> steps = new ArrayList<>();
        step(steps, "Received", r.receivedAt(), "receipt to be confirmed by " + Format.when(r.confirmBy()));
        step(steps, "Verified", r.verifiedAt(), null);
        if (r.extended()) {
            steps.add(Map.of("what", "Extended once by 45 days", "when", "", "note", "now due " + Format.when(r.dueAt())));
        }
        step(steps, "Decided: " + (r.outcome() == null ? "" : r.outcome()), r.decidedAt(),
                r.exception() == null ? null : "exception " + r.exception());
        step(steps, "Appealed", r.appealedAt(),
                r.appealDueAt() == null ? null : "appeal due " + Format.when(r.appealDueAt()));
        steps.add(Map.of("what", "Now " + r.status(), "when", ""));
        return steps;
    }

    private static void step(List<Map<String, Object>> steps, String what, Instant when, String note) {
        if (when != null) {
            Map<String, Object> step = new HashMap<>();
            step.put("what", what);
            step.put("when", Format.when(when));
            step.put("note", note);
            steps.add(step);
        }
    }

    /** Days left on the statutory clock, in words; a decided request's clock has stopped. */
    static String clock(Instant due, Instant now, boolean overdue) {
        if (due == null) {
            return "";
        }
        long days = Duration.between(now, due).toDays();
        if (overdue) {
            long late = Math.max(1, -days);
            return "Overdue by " + late + (late == 1 ? " day" : " days");
        }
        if (due.isBefore(now)) {
            return "";
        }
        return days == 0 ? "Due today" : days + (days == 1 ? " day left" : " days left");
    }

    private static List<Map<String, Object>> options(Enum<?>[] values, String selected) {
        return Arrays.stream(values).map(v -> Map.<String, Object>of("value", v.name(),
                "selected", v.name().equals(selected))).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
