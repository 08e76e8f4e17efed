package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.SignedIds;
import jakarta.servlet.http.HttpServletRequest;

/** What the pages a signed link opens read of the link: its token, checked for shape before anything looks it up. */
public final class LinkQuery {

    private LinkQuery() {
    }

    /**
     * The {@code token} the link brought, or null when it brought none of the shape {@link SignedIds}
     * makes in at most {@code max} characters: the page then says the link is broken.
     */
    public static String token(HttpServletRequest request, int max) {
        String token = request.getParameter("token");
        return SignedIds.wellFormed(token, max) ? token : null;
    }
}
