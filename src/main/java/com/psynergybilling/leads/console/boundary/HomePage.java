package com.psynergybilling.leads.console.boundary;

import com.psynergybilling.leads.staff.boundary.ConsoleCookie;
import com.psynergybilling.leads.staff.boundary.ConsoleSignIn;
import com.psynergybilling.leads.staff.boundary.ConsoleSignIn.Active;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The console's start page (what each of the user's roles can do) and sign-out. */
@WebServlet("/console/*")
public class HomePage extends ConsoleView {

    @Inject
    ConsoleSignIn signIn;

    public HomePage() {
        super(null);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        if (!path.isEmpty()) {
            notFound(request, response);
            return;
        }
        render(request, response, 200, "console-home", "Console", Map.of());
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Active user, String path)
            throws IOException {
        if (!path.equals("/logout")) {
            notFound(request, response);
            return;
        }
        signIn.signOut(user.id());
        ConsoleCookie.clear(response, secure());
        redirect(response, "/console/login?signed-out");
    }
}
