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
        chain.doFilter(request, response);
    }
}
