package com.psynergybilling.leads.console.boundary;

import com.psynergybilling.leads.audit.control.AuditChain;
import com.psynergybilling.leads.audit.entity.AuditCheckpoint;
import com.psynergybilling.leads.audit.entity.ChainCheck;
import com.psynergybilling.leads.audit.control.AuditSearch;
import com.psynergybilling.leads.audit.entity.AuditEntryView;
import com.psynergybilling.leads.audit.entity.AuditFilter;
import com.psynergybilling.leads.console.control.Format;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.rights.boundary.PrivacyOfficerSteps;
import com.psynergybilling.leads.rights.entity.AddressForm;
import com.psynergybilling.leads.rights.entity.HoldReason;
import com.psynergybilling.leads.rights.entity.LegalHold;
import com.psynergybilling.leads.staff.boundary.ConsoleSignIn.Active;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The privacy officer's records in the console (under {@link PrivacyPages}): legal holds (list,
 * place, release), minor reports, the audit search and the chain check. Each goes through what the
 * JSON API calls ({@link PrivacyOfficerSteps}, {@link AuditSearch}, {@link AuditChain}), so the
 * same checks hold and the same audit entries are written.
 */
@ApplicationScoped
public class PrivacyRecordPages {

    private static final int HOLDS = 200;
    private static final int AUDIT_PAGE = 50;
    private static final Pattern RELEASE = Pattern.compile("/holds/([0-9a-f-]{36})/release");

    @Inject
    PrivacyOfficerSteps steps;

    @Inject
    AuditSearch search;

    @Inject
    AuditChain chain;

    @Inject
    InTransaction tx;

    /** Renders the page at {@code path} if it is one of these; false when it is not. */
    boolean get(ConsoleView view, HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        switch (path) {
            case "/holds" -> holds(view, request, response, 200, notice(request.getParameter("done")), List.of());
            case "/minors" -> minors(view, request, response, 200, null, List.of());
            case "/audit" -> audit(view, request, response, user, null, null);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Carries out the form posted to {@code path} if it is one of these; false when it is not. */
    boolean post(ConsoleView view, HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        var release = RELEASE.matcher(path);
        if (path.equals("/audit/verify")) {
            String given = blank(request.getParameter("checkpoint"));
            var kept = given == null ? null : AuditCheckpoint.parse(given);
            if (given != null && kept == null) {
                audit(view, request, response, user, null, "The checkpoint must be seq:hash, as "
                        + "GET /api/v1/audit/checkpoint gives it.");
            } else {
                audit(view, request, response, user, tx.call(() -> chain.verify(kept)), null);
            }
        } else if (path.equals("/holds")) {
            try {
                steps.placeHold(address(request), List.of(), user.username());
                view.redirect(response, "/console/privacy/holds?done=placed");
            } catch (ProblemException e) {
                holds(view, request, response, e.problem().status, null, ConsoleView.errors(e));
            }
        } else if (release.matches()) {
            steps.releaseHold(release.group(1), user.username());
            view.redirect(response, "/console/privacy/holds?done=released");
        } else if (path.equals("/minors")) {
            try {
                var result = steps.reportMinor(address(request), List.of(), user.username());
                String said = result.erased()
                        ? "Reported: " + Format.number(result.records()) + " records of that person were deleted and "
                        + "the address is barred from all contact."
                        : "Kept under the " + result.exception().orElse("") + " exception (a legal hold is in force): "
                        + "nothing was deleted. Release the hold first if the data may go.";
                minors(view, request, response, 200, said, List.of());
            } catch (ProblemException e) {
                minors(view, request, response, e.problem().status, null, ConsoleView.errors(e));
            }
        } else {
            return false;
        }
        return true;
    }

    private void holds(ConsoleView view, HttpServletRequest request, HttpServletResponse response, int status,
                       String notice, List<String> errors) throws IOException {
        var holds = steps.holds(HOLDS);
        Map<String, Object> scope = new HashMap<>();
        scope.put("rows", holds.stream().map(PrivacyRecordPages::row).toList());
        scope.put("hasRows", !holds.isEmpty());
        scope.put("reasons", Arrays.stream(HoldReason.values()).map(Enum::name).toList());
        scope.put("notice", notice);
        scope.put("errors", errors);
        scope.put("hasErrors", !errors.isEmpty());
        view.render(request, response, status, "console-privacy-holds", "Legal holds", scope);
    }

    private static Map<String, Object> row(LegalHold hold) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", hold.id());
        row.put("placedAt", Format.when(hold.placedAt()));
        row.put("placedBy", hold.placedBy());
        row.put("reason", hold.reason().name());
        row.put("reference", hold.reference() == null ? "(forgotten with the person)" : hold.reference());
        row.put("released", hold.releasedAt() != null);
        row.put("releasedAt", Format.when(hold.releasedAt()));
        row.put("releasedBy", hold.releasedBy());
        return row;
    }

    private void minors(ConsoleView view, HttpServletRequest request, HttpServletResponse response, int status,
                        String notice, List<String> errors) throws IOException {
        Map<String, Object> scope = new HashMap<>();
        scope.put("notice", notice);
        scope.put("errors", errors);
        scope.put("hasErrors", !errors.isEmpty());
        view.render(request, response, status, "console-privacy-minors", "Minor reports", scope);
    }

    /**
     * What a walk of the chain showed. Without a kept checkpoint an intact walk proves only that the
     * entries link up: someone able to write the database could have rewritten every later link and the
     * head, and the page says so rather than call it proof.
     */
    static String verdict(ChainCheck check) {
        if (!check.intact) {
            String how = check.checkpoint == ChainCheck.Checkpoint.REWRITTEN ? " (the kept checkpoint's entry was rewritten)"
                    : check.checkpoint == ChainCheck.Checkpoint.TRUNCATED ? " (the kept checkpoint's entry is gone)" : "";
            return "The audit chain is BROKEN at entry " + check.firstBrokenSeq + " of " + Format.number(check.entries)
                    + how + ". Keep a copy of the database and investigate.";
        }
        String all = "The audit chain is intact: all " + Format.number(check.entries) + " entries link up";
        return check.checkpoint == null
                ? all + ". Without a kept checkpoint this cannot show a rewrite of the whole chain: give one"
                + " (GET /api/v1/audit/checkpoint) to check against." + (check.head == null ? ""
                : " Keep this one for next time: " + check.head.checkpoint() + ".")
                : all + ", and the kept checkpoint's entry is there unchanged.";
    }

    private void audit(ConsoleView view, HttpServletRequest request, HttpServletResponse response, Active user,
                       ChainCheck check, String refused) throws IOException {
        Map<String, Object> scope = new HashMap<>();
        if (check != null) {
            scope.put("chain", verdict(check));
            scope.put("chainClass", check.intact ? "notice" : "error");
        } else if (refused != null) {
            scope.put("chain", refused);
            scope.put("chainClass", "error");
        }
        String email = blank(request.getParameter("subjectEmail"));
        String actor = blank(request.getParameter("actor"));
        String since = blank(request.getParameter("since"));
        String cursor = blank(request.getParameter("cursor"));
        scope.put("subjectEmail", email == null ? "" : email);
        scope.put("actor", actor == null ? "" : actor);
        scope.put("since", since == null ? "" : since);
        boolean searched = check == null && request.getParameter("search") != null;
        scope.put("searched", searched);
        List<String> errors = List.of();
        if (searched) {
            var subjects = email == null ? Optional.of(List.<String>of()) : search.subjectsOf(email);
            if (subjects.isEmpty()) {
                errors = List.of("Whose: must be an email address.");
            } else {
                try {
                    var filter = new AuditFilter(subjects.get(),
                            actor, since == null ? null : LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant(),
                            cursor == null ? null : Long.valueOf(cursor));
                    var page = tx.call(() -> search.page(filter, AUDIT_PAGE, user.username()));
                    scope.put("rows", page.items().stream().map(PrivacyRecordPages::entry).toList());
                    scope.put("hasRows", !page.items().isEmpty());
                    scope.put("next", page.nextCursor() == null ? null : "/console/privacy/audit?search=1"
                            + param("subjectEmail", email) + param("actor", actor) + param("since", since)
                            + param("cursor", page.nextCursor()));
                } catch (DateTimeParseException | NumberFormatException e) {
                    errors = List.of("Since must be a date, and older pages come from the link below the list.");
                }
            }
            if (!errors.isEmpty()) {
                scope.put("searched", false);
            }
        }
        scope.put("errors", errors);
        scope.put("hasErrors", !errors.isEmpty());
        view.render(request, response, errors.isEmpty() ? 200 : 400, "console-privacy-audit", "Audit log", scope);
    }

    private static Map<String, Object> entry(AuditEntryView e) {
        Map<String, Object> row = new HashMap<>();
        row.put("seq", e.seq());
        row.put("seqText", Format.number(e.seq()));
        row.put("at", Format.when(e.at()));
        row.put("actor", e.actor());
        row.put("action", e.action());
        row.put("subject", e.subject() == null ? null : e.subject().substring(0, Math.min(12, e.subject().length())) + "…");
        row.put("purpose", e.purpose());
        row.put("detail", e.detail());
        return row;
    }

    private static AddressForm address(HttpServletRequest request) {
        var form = new AddressForm();
        form.email = request.getParameter("email");
        form.reason = request.getParameter("reason");
        form.reference = request.getParameter("reference");
        return form;
    }

    private static String notice(String done) {
        return "placed".equals(done) ? "The legal hold is in force: nothing erases that address's data until it is released."
                : "released".equals(done) ? "The hold is released; the next retention run deletes what is due." : null;
    }

    private static String param(String name, String value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
