package com.psynergybilling.leads.platform.control;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a browser says a request came from another site. Browsers send Sec-Fetch-Site; with the
 * service's no-referrer policy a same-origin post's Origin is "null", so Origin counts only when it
 * names a real origin other than the service's own. A client that is no browser sends neither.
 */
public final class CrossSite {

    private CrossSite() {
    }

    public static boolean sent(HttpServletRequest request, String ownOrigin) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equals("null") && !origin.equals(ownOrigin);
    }
}
