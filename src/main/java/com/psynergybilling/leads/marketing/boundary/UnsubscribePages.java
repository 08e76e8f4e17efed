package com.psynergybilling.leads.marketing.boundary;

import com.psynergybilling.leads.platform.control.Pages;
import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The unsubscribe link (R12). A GET shows the page and changes nothing: mail scanners follow links.
 * A POST unsubscribes with no login and no second form: a mail client's RFC 8058 one-click post
 * (body {@code List-Unsubscribe=One-Click}) and the page's button alike. The token comes from the
 * query string only; the body is never read, so no size of body costs anything.
 */
@WebServlet("/unsubscribe")
public class UnsubscribePages extends HttpServlet {


    @Inject
    Pages pages;

    @Inject
    Unsubscriptions unsubscriptions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.answerWithToken(response, 200, "unsubscribe", "Unsubscribe", token(request));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        var outcome = token == null ? Unsubscriptions.Outcome.INVALID : unsubscriptions.unsubscribe(token);
        switch (outcome) {
            case INVALID -> pages.answerWithToken(response, 400, "unsubscribe", "Unsubscribe", null);
            // Never "you are unsubscribed" when nothing could be barred: the address may still get our mail.
            case ERASED -> pages.answer(response, 200, "unsubscribe-erased", Map.of("title", "This link has expired"));
            case UNSUBSCRIBED -> pages.answer(response, 200, "unsubscribed", Map.of("title", "You are unsubscribed"));
        }
    }

    /** The token of the query string, when it has the shape of one. */
    private static String token(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.length() > 200) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("token=")) {
                try {
                    String value = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
                    return SignedIds.wellFormed(value, SignedIds.TOKEN_LENGTH) ? value : null;
                } catch (IllegalArgumentException malformedEscape) {
                    return null; // a broken link (a stray %), answered as one
                }
            }
        }
        return null;
    }
}
