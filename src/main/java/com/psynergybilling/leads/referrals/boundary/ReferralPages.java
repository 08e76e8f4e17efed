package com.psynergybilling.leads.referrals.boundary;

import com.psynergybilling.leads.people.entity.Suppression;
import com.psynergybilling.leads.platform.boundary.LinkQuery;
import com.psynergybilling.leads.platform.control.Pages;
import com.psynergybilling.leads.platform.control.SignedIds;
import com.psynergybilling.leads.platform.entity.Moments;
import com.psynergybilling.leads.referrals.control.RemovalConfirmations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The page a referred colleague lands on from the invitation, the one they see after removal, and
 * the page of the link mailed to a lead's address after someone removed it, where its owner chooses
 * what else to stop. A GET changes nothing (mail scanners follow links): only a page's button acts.
 */
@WebServlet({"/referrals/remove", "/referrals/removed", ReferralPages.CONFIRM})
public class ReferralPages extends HttpServlet {

    static final String CONFIRM = "/referrals/removal-confirm";
    private static final int MAX_TOKEN = SignedIds.TOKEN_LENGTH;

    @Inject
    Pages pages;

    @Inject
    Confirming confirming;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        if (path.endsWith("/removed")) {
            pages.answer(response, 200, "referral-removed", Map.of("title", "You have been removed"));
            return;
        }
        String token = LinkQuery.token(request, MAX_TOKEN);
        if (path.equals(CONFIRM)) {
            Optional<Set<Suppression>> open = token == null ? Optional.empty() : confirming.open(token);
            Set<Suppression> offered = open.orElse(Set.of());
            pages.answer(response, 200, "referral-removal-confirm", Map.of("title", "Stop more than invitations",
                    "token", open.isPresent() ? token : "", "hasToken", open.isPresent(),
                    "offersPromotions", offered.contains(Suppression.NO_PROMOTIONS),
                    "offersSharing", offered.contains(Suppression.NO_SALE_OR_SHARING),
                    "nothingOpen", open.isPresent() && offered.isEmpty()));
            return;
        }
        pages.answerWithToken(response, 200, "referral-remove", "Remove your address", token);
    }

    /** Only the confirmation page posts here: the token from the query, the owner's choices from the form. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = LinkQuery.token(request, MAX_TOKEN);
        if (!request.getServletPath().equals(CONFIRM)) {
            response.sendError(405);
            return;
        }
        boolean noPromotions = "yes".equals(request.getParameter("noPromotions"));
        boolean noSaleOrSharing = "yes".equals(request.getParameter("noSaleOrSharing"));
        if (token == null || !confirming.confirm(token, noPromotions, noSaleOrSharing)) {
            pages.answerWithToken(response, 400, "referral-removal-confirm", "Stop more than invitations", null);
            return;
        }
        pages.answer(response, 200, "referral-removal-confirmed", Map.of("title", "Your choice is saved",
                "noPromotions", noPromotions, "noSaleOrSharing", noSaleOrSharing,
                "nothing", !noPromotions && !noSaleOrSharing));
    }

    /** The confirmation's transaction. */
    @ApplicationScoped
    public static class Confirming {

        @Inject
        Clock clock;

        @Inject
        RemovalConfirmations confirmations;

        public Optional<Set<Suppression>> open(String token) {
            return confirmations.open(token);
        }

        @Transactional
        public boolean confirm(String token, boolean noPromotions, boolean noSaleOrSharing) {
            return confirmations.confirm(token, noPromotions, noSaleOrSharing, Moments.now(clock));
        }
    }
}
