package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ClientAddress;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.JsonLogLines;
import com.psynergybilling.leads.platform.control.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gives every request its id (X-Request-Id on the answer, and on the log lines written while serving
 * it) and writes one access line per request (logger {@code leads.access}). With LEADS_LOG_FORMAT=json
 * every log line of the process is one JSON object.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class AccessLog extends HttpFilter {

    private static final Logger ACCESS = Logger.getLogger("leads.access");
    private static final int LONGEST_PATH = 200;

    @Inject
    ClientAddress clients;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String format = ConfigProvider.getConfig().getOptionalValue("leads.log.format", String.class)
                .orElse(Defaults.LEADS_LOG_FORMAT);
        if ("json".equalsIgnoreCase(format.strip())) {
            for (Handler handler : Logger.getLogger("").getHandlers()) {
                handler.setFormatter(new JsonLogLines());
            }
        } else if (!"text".equalsIgnoreCase(format.strip())) {
            throw new ServletException("LEADS_LOG_FORMAT must be text or json");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.of(request);
        response.setHeader(RequestIds.HEADER, id);
        RequestIds.enter(id);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            String path = request.getRequestURI();
            String shown = path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) + "..." : path;
            ACCESS.info(() -> request.getMethod() + " " + shown + " " + response.getStatus() + " " + millis + "ms "
                    + clients.of(request) + " " + id);
            RequestIds.leave();
        }
    }
}
