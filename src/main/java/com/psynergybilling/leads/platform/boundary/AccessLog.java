package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.AsyncLines;
import com.psynergybilling.leads.platform.control.ClientAddress;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.JsonLogLines;
import com.psynergybilling.leads.platform.control.RequestIds;
import com.psynergybilling.leads.platform.control.TextLogLines;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
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
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gives every request its id (X-Request-Id on the answer, and on every log line written while serving
 * it, text or JSON) and writes one access line per request (logger {@code leads.access}). With
 * LEADS_LOG_FORMAT=json every log line of the process is one JSON object; with text (the default) the
 * container's lines, a request's carrying {@code [requestId=...]} before the message. Access lines are
 * written by one thread of their own ({@link AsyncLines}), with their request's id, so that the threads
 * serving requests do not queue on the console handler's lock.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class AccessLog extends HttpFilter {

    private static final Logger ACCESS = Logger.getLogger("leads.access");
    private static final int LONGEST_PATH = 200;
    private static final int QUEUED_LINES = 8192;

    @Inject
    ClientAddress clients;

    @Resource
    ManagedThreadFactory threads;

    private AsyncLines<Line> lines;

    /** An access line and the id of its request, which the writer puts on the line. */
    private record Line(String requestId, LogRecord record) {
    }

    private final Map<Handler, Formatter> replaced = new HashMap<>();

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String format = ConfigProvider.getConfig().getOptionalValue("leads.log.format", String.class)
                .orElse(Defaults.LEADS_LOG_FORMAT);
        boolean json = "json".equalsIgnoreCase(format.strip());
        if (!json && !"text".equalsIgnoreCase(format.strip())) {
            throw new ServletException("LEADS_LOG_FORMAT must be text or json");
        }
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Formatter before = handler.getFormatter() == null ? new SimpleFormatter() : handler.getFormatter();
            replaced.put(handler, before);
            handler.setFormatter(json ? new JsonLogLines() : new TextLogLines(before));
        }
        lines = new AsyncLines<>(QUEUED_LINES, AccessLog::write, threads);
    }

    private static void write(Line line) {
        RequestIds.enter(line.requestId());
        try {
            ACCESS.log(line.record());
        } finally {
            RequestIds.leave();
        }
    }

    /** The container's formatters go back: a redeployed application wraps them afresh, not the old one's. */
    @Override
    public void destroy() {
        if (lines != null) {
            lines.close();
        }
        replaced.forEach(Handler::setFormatter);
        replaced.clear();
        super.destroy();
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
            if (ACCESS.isLoggable(Level.INFO)) {
                var record = new LogRecord(Level.INFO, request.getMethod() + " " + shown + " " + response.getStatus()
                        + " " + millis + "ms " + clients.of(request));
                record.setLoggerName(ACCESS.getName());
                // Named here, so that no handler walks the writer's stack to find who logged it.
                record.setSourceClassName(AccessLog.class.getName());
                record.setSourceMethodName("doFilter");
                // The line carries the request's id like every other line of it (once).
                lines.add(new Line(id, record));
            }
            RequestIds.leave();
        }
    }
}
