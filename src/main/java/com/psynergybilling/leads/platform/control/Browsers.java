package com.psynergybilling.leads.platform.control;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

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
}
