package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Swagger UI over {@code /openapi}, from the swagger-ui webjar in the WAR (nothing is fetched at
 * run time). Its CSP is its own ({@link SecurityHeaders}): scripts only from this service.
 */
@WebServlet("/openapi/ui")
public class OpenApiUi extends HttpServlet {

    /** The webjar's version: its files live under a folder of that name. */
    static final String VERSION = "5.34.1";

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(pages.render("openapi-ui", Map.of("version", VERSION)));
    }
}
