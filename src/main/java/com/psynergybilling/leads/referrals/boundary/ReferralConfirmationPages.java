package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.platform.boundary.LinkQuery;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.Pages;
import com.psynergybilling.leads.referrals.entity.ConfirmationForm;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The page a referrer lands on after the form ("check your email"), the page the confirmation link
 * opens, and the one after its button. A GET changes nothing
 * (mail scanners follow links): only the button's post confirms and sends the invitations (R8).
 */
@WebServlet({"/referrals/sent", "/referrals/confirm", "/referrals/confirmed"})
public class ReferralConfirmationPages extends HttpServlet {

    @Inject
    Pages pages;

    @Inject
    @ConfigProperty(name = "leads.referral.confirm.hours", defaultValue = Defaults.LEADS_REFERRAL_CONFIRM_HOURS)
    int confirmHours;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/sent")) {
            pages.answer(response, 200, "referral-sent", Map.of("title", "Check your email", "hours", confirmHours));
            return;
        }
        if (request.getServletPath().endsWith("/confirmed")) {
            pages.answer(response, 200, "referral-confirmed", Map.of("title", "Thank you"));
            return;
        }
        pages.answerWithToken(response, 200, "referral-confirm", "Confirm your referral",
                LinkQuery.token(request, ConfirmationForm.MAX_TOKEN));
    }
}
