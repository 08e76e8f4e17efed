package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The built-in thank-you page that a browser's form post lands on (unless LEADS_THANK_YOU_URL is set). */
@WebServlet("/thank-you")
public class PageServlet extends HttpServlet {

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(pages.render("thank-you", Map.of("title", "Thank you")));
    }
}
