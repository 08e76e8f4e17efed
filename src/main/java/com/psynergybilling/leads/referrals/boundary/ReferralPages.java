package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.platform.control.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The page a referred colleague lands on from the invitation, and the one they see after removal.
 * A GET changes nothing (mail scanners follow links): only the page's button removes.
 */
@WebServlet({"/referrals/remove", "/referrals/removed"})
public class ReferralPages extends HttpServlet {

    private static final int MAX_TOKEN = 101;

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().endsWith("/removed")) {
            response.getWriter().write(pages.render("referral-removed", Map.of("title", "You have been removed")));
            return;
        }
        String token = request.getParameter("token");
        boolean usable = token != null && token.length() <= MAX_TOKEN && token.matches("[A-Za-z0-9.-]+");
        response.getWriter().write(pages.render("referral-remove", Map.of(
                "title", "Remove your address", "token", usable ? token : "", "hasToken", usable)));
    }
}
