package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ResponseHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep browsers from sniffing, framing, caching or leaking what this service answers
 * ({@link ResponseHeaders}), on every dispatch: a request, and the error page the container forwards to
 * after it reset the response. Answers given before any filter runs write them through ProblemWriter.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeaders extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ResponseHeaders.apply(response);
        response.setHeader("Content-Security-Policy", policyFor(request.getRequestURI()));
        chain.doFilter(request, new ClientGone(request, response));
    }

    /**
     * The staff console loads its own stylesheet and scripts and nothing inline (no 'unsafe-inline'
     * anywhere), so an injected tag could run nothing; the public pages keep their inline styles.
     */
    static String policyFor(String path) {
        if (path.startsWith("/console")) {
            return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
                    + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        }
        if (path.equals("/openapi/ui")) {
            // Swagger UI's own policy, this path only: its stylesheet and scripts from this service, its icons
            // data: images. React sets styles through the DOM (not inline markup), which style-src allows, so
            // no 'unsafe-inline' is needed (ConsoleIT opens an operation and finds nothing blocked).
            return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
        }
        return "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    }
}
