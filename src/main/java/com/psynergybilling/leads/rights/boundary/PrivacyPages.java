package com.psynergybilling.leads.rights.boundary;

import com.psynergybilling.leads.platform.boundary.LinkQuery;
import com.psynergybilling.leads.platform.control.Pages;
import com.psynergybilling.leads.rights.entity.TokenForm;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The page the verification email links to, and the one after its button. A GET changes nothing
 * (mail scanners follow links): only the button's post verifies (R17).
 */
@WebServlet({"/privacy-requests/verify", "/privacy-requests/verified"})
public class PrivacyPages extends HttpServlet {

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/verified")) {
            pages.answer(response, 200, "privacy-verified", Map.of("title", "Thank you"));
            return;
        }
        pages.answerWithToken(response, 200, "privacy-verify", "Confirm your privacy request",
                LinkQuery.token(request, TokenForm.MAX_TOKEN));
    }
}
