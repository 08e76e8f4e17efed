package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ProblemWriter;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /metrics} (served by Payara inside this application's context) tells queue depths, rates and
 * the JVM's state: only an admin or the scraper holding {@code LEADS_METRICS_TOKEN} (as a bearer
 * token) reads it. The authentication mechanism has already run; this only decides.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGuard extends HttpFilter {

    static final String SCRAPER = "metrics";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            Problem.CHALLENGES.forEach(challenge -> response.addHeader("WWW-Authenticate", challenge));
            ProblemWriter.write(response, Problem.forStatus(401));
            return;
        }
        if (!request.isUserInRole("admin") && !request.isUserInRole(SCRAPER)) {
            ProblemWriter.write(response, Problem.forStatus(403));
            return;
        }
        chain.doFilter(request, response);
    }
}
