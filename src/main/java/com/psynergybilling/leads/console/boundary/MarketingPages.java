package com.psynergybilling.leads.console.boundary;

import com.psynergybilling.leads.console.control.Format;
import com.psynergybilling.leads.marketing.boundary.CampaignActions;
import com.psynergybilling.leads.marketing.entity.CampaignForm;
import com.psynergybilling.leads.marketing.entity.CampaignStatus;
import com.psynergybilling.leads.marketing.entity.CampaignView;
import com.psynergybilling.leads.marketing.entity.SendForm;
import com.psynergybilling.leads.marketing.entity.TestSendForm;
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
 * Marketing: webinars ({@link WebinarPages}) and campaigns (list, compose, schedule, the audience count with exclusions by reason, a preview by
 * the real template, test send, send, pause, resume, and a progress bar that htmx refreshes while
 * the campaign sends), through the API's own {@link CampaignActions}.
 */
@WebServlet("/console/marketing/*")
public class MarketingPages extends ConsoleView {

    private static final Pattern ONE = Pattern.compile("/([0-9a-f-]{36})(/[a-z]+)?");
    static final List<String> SOURCES = List.of("DEMO_REQUEST", "PRICING_REQUEST", "PRODUCT_INFO_REQUEST", "WEBINAR_SIGNUP");

    @Inject
    CampaignActions actions;

    @Inject
    WebinarPages webinars;

    public MarketingPages() {
        super(Role.marketing);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        var one = ONE.matcher(path);
        if (path.startsWith("/webinars")) {
            webinars.get(this, request, response, user, path.substring("/webinars".length()));
        } else if (path.isEmpty()) {
            var page = actions.page(blank(request.getParameter("cursor")), 25);
            Map<String, Object> scope = new HashMap<>();
            scope.put("rows", page.items().stream().map(MarketingPages::row).toList());
            scope.put("hasRows", !page.items().isEmpty());
            scope.put("next", page.nextCursor() == null ? null
                    : "/console/marketing?cursor=" + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8));
            render(request, response, 200, "console-marketing-campaigns", "Campaigns", scope);
        } else if (path.equals("/new")) {
            compose(request, response);
        } else if (one.matches() && one.group(2) == null) {
            campaign(request, response, one.group(1), request.getParameter("done"));
        } else if (one.matches() && one.group(2).equals("/progress")) {
            render(request, response, 200, "console-marketing-progress", "Progress", progress(actions.one(one.group(1))));
        } else {
            notFound(request, response);
        }
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        var one = ONE.matcher(path);
        if (path.equals("/webinars")) {
            webinars.create(this, request, response, user);
            return;
        }
        if (path.isEmpty()) {
            var form = form(request);
            var created = actions.create(form, List.of(), user.username());
            redirect(response, "/console/marketing/" + created.id() + "?done=created");
            return;
        }
        if (!one.matches() || one.group(2) == null) {
            notFound(request, response);
            return;
        }
        String id = one.group(1);
        switch (one.group(2)) {
            case "/test" -> {
                var form = new TestSendForm();
                form.to = request.getParameter("to");
                actions.test(id, form, List.of(), user.username());
            }
            case "/send" -> {
                String startAt = blank(request.getParameter("startAt"));
                if (startAt == null) {
                    actions.send(id, user.username());
                } else {
                    var form = new SendForm();
                    form.startAt = Format.utcInstant(startAt);
                    actions.send(id, form, List.of(), user.username());
                }
            }
            case "/pause" -> actions.pause(id, user.username());
            case "/resume" -> actions.resume(id, user.username());
            default -> {
                notFound(request, response);
                return;
            }
        }
        String done = one.group(2).equals("/send") && request.getParameter("startAt") != null ? "scheduled"
                : one.group(2).substring(1);
        redirect(response, "/console/marketing/" + id + "?done=" + done);
    }

    private void campaign(HttpServletRequest request, HttpServletResponse response, String id, String done)
            throws IOException {
        var view = actions.one(id);
        var audience = actions.audience(id);
        var preview = actions.preview(id);
        Map<String, Object> scope = new HashMap<>(progress(view));
        scope.put("subject", view.subject());
        scope.put("draft", view.status() == CampaignStatus.DRAFT);
        scope.put("scheduled", view.status() == CampaignStatus.SCHEDULED);
        scope.put("sending", view.status() == CampaignStatus.SENDING);
        scope.put("paused", view.status() == CampaignStatus.PAUSED);
        scope.put("eligible", Format.number(audience.eligible()));
        scope.put("excluded", audience.excluded().entrySet().stream()
                .map(e -> Map.of("reason", e.getKey().name(), "count", Format.number(e.getValue()))).toList());
        scope.put("previewSubject", preview.subject());
        scope.put("previewText", preview.text());
        scope.put("notice", notice(done));
        render(request, response, 200, "console-marketing-campaign", view.name(), scope);
    }

    /** What the progress fragment shows; it polls itself (htmx) only while the campaign may still change. */
    static Map<String, Object> progress(CampaignView view) {
        long skipped = view.skipped().values().stream().mapToLong(Long::longValue).sum();
        long done = view.sent() + skipped + view.failed() + view.unknown();
        Map<String, Object> scope = new HashMap<>();
        scope.put("id", view.id());
        scope.put("status", view.status().name());
        scope.put("live", view.status() == CampaignStatus.SENDING || view.status() == CampaignStatus.SCHEDULED);
        scope.put("poll", view.status() == CampaignStatus.SENDING ? "1s" : "5s");
        scope.put("scheduled", view.status() == CampaignStatus.SCHEDULED);
        scope.put("startAt", Format.when(view.startAt()));
        scope.put("done", done);
        scope.put("max", Math.max(1, view.allQueued() ? view.recipients() : Math.max(view.recipients(), done)));
        scope.put("recipients", Format.number(view.recipients()));
        scope.put("queued", Format.number(view.queued()));
        scope.put("sent", Format.number(view.sent()));
        scope.put("skipped", Format.number(skipped));
        scope.put("failed", Format.number(view.failed()));
        scope.put("unknown", Format.number(view.unknown()));
        scope.put("bounced", Format.number(view.bounced()));
        scope.put("complained", Format.number(view.complained()));
        scope.put("finishedAt", Format.when(view.finishedAt()));
        return scope;
    }

    private void compose(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, 200, "console-marketing-compose", "Compose a campaign", Map.of("sources", SOURCES));
    }

    private static CampaignForm form(HttpServletRequest request) {
        var form = new CampaignForm();
        form.name = request.getParameter("name");
        form.subject = request.getParameter("subject");
        form.textBody = request.getParameter("textBody");
        form.htmlBody = blank(request.getParameter("htmlBody"));
        String[] sources = request.getParameterValues("sources");
        form.audience.sources = sources == null ? List.of() : Arrays.asList(sources);
        String specialties = blank(request.getParameter("specialties"));
        form.audience.practiceSpecialties = specialties == null ? List.of()
                : Arrays.stream(specialties.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String since = blank(request.getParameter("collectedSince"));
        form.audience.collectedSince = since == null ? null : startOfDay(since);
        return form;
    }

    /** A date field's day as the API's instant; anything else goes on as typed, for the API's own check. */
    private static String startOfDay(String date) {
        try {
            return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    private static Map<String, Object> row(CampaignView v) {
        var scope = progress(v);
        scope.put("name", v.name());
        scope.put("createdAt", Format.when(v.createdAt()));
        return scope;
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created" -> "The draft is saved. Check the preview and the audience, send yourself a test, then send.";
            case "test" -> "The test message is on its way to you.";
            case "send" -> "Sending has started; the progress below updates by itself.";
            case "scheduled" -> "Scheduled: it starts by itself at the time shown; unschedule it to change anything.";
            case "pause" -> "Paused: queued messages wait until you resume. A scheduled campaign is a draft again.";
            case "resume" -> "Sending again.";
            default -> null;
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
