package com.psynergybilling.leads.console.boundary;

import com.psynergybilling.leads.console.control.Format;
import com.psynergybilling.leads.staff.boundary.ConsoleSignIn.Active;
import com.psynergybilling.leads.staff.control.StaffActions;
import com.psynergybilling.leads.staff.control.StaffDirectory;
import com.psynergybilling.leads.staff.entity.NewStaffUser;
import com.psynergybilling.leads.staff.entity.NewToken;
import com.psynergybilling.leads.staff.entity.Role;
import com.psynergybilling.leads.staff.entity.StaffChange;
import com.psynergybilling.leads.staff.entity.StaffUserView;
import com.psynergybilling.leads.staff.entity.TokenView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Administrators: staff users (list, create, disable and enable, reset password) and their tokens
 * (list, issue, revoke), through the same {@link StaffActions} (audited, the owner told of a token) and
 * the same validated request classes as {@code /api/v1/staff}.
 */
@WebServlet("/console/admin/*")
public class AdminPages extends ConsoleView {

    private static final Pattern USER = Pattern.compile("/staff/([a-z0-9][a-z0-9._-]{0,63})(/[a-z]+)?");
    private static final Pattern TOKEN = Pattern.compile("/staff/([a-z0-9][a-z0-9._-]{0,63})/tokens/([0-9a-f-]{36})/revoke");

    @Inject
    StaffDirectory directory;

    @Inject
    StaffActions actions;

    public AdminPages() {
        super(Role.admin);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        Matcher one = USER.matcher(path);
        if (path.isEmpty() || path.equals("/staff")) {
            staffList(request, response, 200, request.getParameter("done"), null);
        } else if (one.matches() && "/tokens".equals(one.group(2))) {
            tokens(request, response, 200, one.group(1), request.getParameter("done"), null);
        } else {
            notFound(request, response);
        }
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        Matcher one = USER.matcher(path);
        Matcher token = TOKEN.matcher(path);
        if (path.equals("/staff")) {
            create(request, response, user);
        } else if (token.matches()) {
            tx.run(() -> actions.revoke(token.group(1), token.group(2), user.username()));
            redirect(response, "/console/admin/staff/" + token.group(1) + "/tokens?done=revoked");
        } else if (one.matches() && one.group(2) != null) {
            change(request, response, user, one.group(1), one.group(2));
        } else {
            notFound(request, response);
        }
    }

    private void create(HttpServletRequest request, HttpServletResponse response, Active user) throws IOException {
        var form = new NewStaffUser();
        form.username = request.getParameter("username");
        form.password = request.getParameter("password");
        String email = request.getParameter("email");
        form.email = email == null || email.isBlank() ? null : email.strip();
        String[] roles = request.getParameterValues("roles");
        form.roles = roles == null ? List.of() : Arrays.asList(roles);
        var errors = errors(form);
        if (!errors.isEmpty()) {
            staffList(request, response, 400, null, errors);
            return;
        }
        var granted = EnumSet.noneOf(Role.class);
        form.roles.forEach(role -> granted.add(Role.valueOf(role)));
        tx.call(() -> actions.create(form.username, form.password, granted, form.email, user.username()));
        redirect(response, "/console/admin/staff?done=created");
    }

    private void change(HttpServletRequest request, HttpServletResponse response, Active user, String username,
                        String action) throws IOException {
        switch (action) {
            case "/disable", "/enable" -> {
                tx.call(() -> actions.setDisabled(username, action.equals("/disable"), user.username()));
                redirect(response, "/console/admin/staff?done=" + action.substring(1) + "d");
            }
            case "/password" -> {
                var change = new StaffChange();
                change.password = request.getParameter("password");
                var errors = change.password == null ? List.of("password: must be 12 to 128 characters") : errors(change);
                if (!errors.isEmpty()) {
                    staffList(request, response, 400, null, errors);
                    return;
                }
                tx.call(() -> actions.resetPassword(username, change.password, user.username()));
                redirect(response, "/console/admin/staff?done=password");
            }
            case "/tokens" -> {
                var form = new NewToken();
                form.label = request.getParameter("label");
                var errors = errors(form);
                if (!errors.isEmpty()) {
                    tokens(request, response, 400, username, null, errors);
                    return;
                }
                var issued = tx.call(() -> actions.issue(username, form.label, user.username()));
                Map<String, Object> extra = Map.of("issued", issued.token());
                tokens(request, response, 201, username, null, null, extra);
            }
            default -> notFound(request, response);
        }
    }

    private void staffList(HttpServletRequest request, HttpServletResponse response, int status, String done,
                           List<String> errors) throws IOException {
        var users = tx.call(() -> directory.list().stream().map(StaffUserView::of).toList());
        var rows = users.stream().map(u -> Map.of("username", u.username(), "roles", String.join(", ", u.roles()),
                "createdAt", Format.when(u.createdAt()), "disabled", u.disabled(),
                "disabledAt", Format.when(u.disabledAt()))).toList();
        Map<String, Object> scope = new HashMap<>();
        scope.put("users", rows);
        scope.put("count", Format.number(rows.size()));
        scope.put("notice", notice(done));
        scope.put("errors", errors);
        scope.put("hasErrors", errors != null && !errors.isEmpty());
        scope.put("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        render(request, response, status, "console-admin-staff", "Staff users", scope);
    }

    private void tokens(HttpServletRequest request, HttpServletResponse response, int status, String username,
                        String done, List<String> errors) throws IOException {
        tokens(request, response, status, username, done, errors, Map.of());
    }

    private void tokens(HttpServletRequest request, HttpServletResponse response, int status, String username,
                        String done, List<String> errors, Map<String, Object> extra) throws IOException {
        var tokens = tx.call(() -> directory.tokens(username).stream().map(TokenView::of).toList());
        var rows = tokens.stream().map(t -> Map.of("id", t.id(), "label", t.label() == null ? "(no label)" : t.label(),
                "createdAt", Format.when(t.createdAt()))).toList();
        Map<String, Object> scope = new HashMap<>(extra);
        scope.put("username", username);
        scope.put("tokens", rows);
        scope.put("hasTokens", !rows.isEmpty());
        scope.put("notice", notice(done));
        scope.put("errors", errors);
        scope.put("hasErrors", errors != null && !errors.isEmpty());
        render(request, response, status, "console-admin-tokens", "Tokens of " + username, scope);
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created" -> "The staff user was created.";
            case "disabled" -> "The user is disabled: their password, tokens and sessions are refused from now on.";
            case "enabled" -> "The user is enabled again.";
            case "password" -> "The password was changed; the user's console sessions were ended.";
            case "revoked" -> "The token was revoked: it is refused from now on.";
            default -> null;
        };
    }
}
