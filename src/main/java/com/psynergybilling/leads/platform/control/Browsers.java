package com.psynergybilling.leads.platform.control;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Tells a browser's plain HTML form post from a program's request. */
public final class Browsers {

    private Browsers() {
    }

    public static boolean postedAFormAndWantsHtml(HttpHeaders request) {
        MediaType body = request.getMediaType();
        return body != null && body.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                && prefersHtml(request);
    }

    static boolean prefersHtml(HttpHeaders request) {
        var acceptable = request.getAcceptableMediaTypes();
        if (acceptable.isEmpty()) {
            return false;
        }
        MediaType first = acceptable.get(0);
        return "text".equalsIgnoreCase(first.getType()) && "html".equalsIgnoreCase(first.getSubtype());
    }

    /**
     * Whether the client asked for HTML before JSON by name (pages that answer both): the acceptable
     * types come sorted by quality and specificity, and a wildcard ({@code *}{@code /*}, {@code text/*})
     * names neither, so a client that did not ask for HTML gets JSON.
     */
    public static boolean namesHtmlBeforeJson(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
