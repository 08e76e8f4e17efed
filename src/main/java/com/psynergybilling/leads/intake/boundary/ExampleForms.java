package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.platform.control.Pages;
import com.psynergybilling.leads.policy.control.CollectionNotices;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The example forms for a website to copy, rendered from {@code templates/forms/} with the notice at
 * collection of the policy in force above the form (California asks for it at or before collection).
 * Rendered here rather than kept as static files, so the notice can never be older than the policy
 * the service enforces; still plain HTML, no JavaScript, no frame.
 */
@WebServlet("/forms/*")
public class ExampleForms extends HttpServlet {

    /** Each page and the policy forms its one HTML form submits as. */
    static final Map<String, List<String>> PAGES = Map.of(
            "demo-request", List.of("DEMO_REQUEST", "PRICING_REQUEST", "PRODUCT_INFO_REQUEST"),
            "privacy-request", List.of("PRIVACY_REQUEST"),
            "referral", List.of("REFERRAL_REFERRER", "REFERRAL_COLLEAGUE"));

    @Inject
    Pages pages;

    @Inject
    CollectionNotices notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String page = path.startsWith("/") && path.endsWith(".html") ? path.substring(1, path.length() - 5) : "";
        List<String> forms = PAGES.get(page);
        if (forms == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "max-age=300");
        response.getWriter().write(pages.render("forms/" + page, Map.of("notice", notices.html(forms))));
    }
}
