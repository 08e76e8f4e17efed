package com.psynergybilling.leads.console.boundary;

import com.psynergybilling.leads.platform.control.ClientAddress;
import com.psynergybilling.leads.platform.control.Pages;
import com.psynergybilling.leads.platform.control.CrossSite;
import com.psynergybilling.leads.platform.control.PublicUrl;
import com.psynergybilling.leads.staff.boundary.ConsoleCookie;
import com.psynergybilling.leads.staff.boundary.ConsoleSignIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The console's sign-in form. The password check and the throttle are HTTP Basic's own
 * ({@link ConsoleSignIn}); a post from another origin is refused, so no other site can sign a
 * browser in under an account of its choosing.
 */
@WebServlet("/console/login")
public class SignInPage extends HttpServlet {

    @Inject
    Pages pages;

    @Inject
    ConsoleSignIn signIn;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ConsoleCookie.active(request).isPresent()) {
            redirect(response, "/console");
            return;
        }
        boolean ended = request.getParameter("ended") != null;
        boolean signedOut = request.getParameter("signed-out") != null;
        page(response, 200, ended ? "Your session ended after a while without use. Please sign in again."
                : signedOut ? "You are signed out." : null, null, "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CrossSite.sent(request, publicUrl.origin())) {
            page(response, 403, null, "This form must be sent from this service's own page.", "");
            return;
        }
        String username = request.getParameter("username");
        var outcome = signIn.signIn(username, request.getParameter("password"), clientAddress.of(request));
        if (outcome.sessionId() != null) {
            ConsoleCookie.set(response, outcome.sessionId(), publicUrl.https());
            redirect(response, "/console");
        } else if (outcome.retryAfter() != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, outcome.retryAfter().toSeconds())));
            page(response, 429, null, "Too many failed sign-ins from this user name or address. "
                    + "Try again in " + Math.max(1, outcome.retryAfter().toMinutes()) + " minutes.", "");
        } else {
            page(response, 401, null, "That user name and password do not match an active staff user.",
                    username == null || username.length() > 64 ? "" : username);
        }
    }

    private void page(HttpServletResponse response, int status, String notice, String error, String username)
            throws IOException {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", "Sign in");
        scope.put("notice", notice);
        scope.put("error", error);
        scope.put("username", username);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(pages.render("console-sign-in", scope));
    }

    private void redirect(HttpServletResponse response, String path) {
        response.setStatus(303);
        response.setHeader("Location", publicUrl.of(path));
    }
}
