package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ProblemWriter;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's own error pages (web.xml maps them here), so that a 404 outside JAX-RS, a 413 from
 * the listener or a failure in a filter is problem+json too and never an HTML page naming classes.
 */
@WebServlet("/problem")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 404;
        Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (cause instanceof Throwable failure) {
            LOG.log(Level.SEVERE, "Unhandled failure on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure);
        }
        ProblemWriter.write(response, Problem.forStatus(status));
    }
}
