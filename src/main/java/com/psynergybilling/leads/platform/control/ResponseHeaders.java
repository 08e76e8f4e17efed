package com.psynergybilling.leads.platform.control;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers every answer carries, whoever gives it: the servlet filter for everything that passes
 * the filter chain, and {@link ProblemWriter} for answers given before it (the authentication
 * mechanism's 401 and 429) or after the container reset them (its error pages).
 */
public final class ResponseHeaders {

    /** A year, as browsers' preload lists expect; only for a service published over HTTPS. */
    static final String HSTS = "max-age=31536000";
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

    private static volatile Map<String, String> configured;

    private ResponseHeaders() {
    }

    /**
     * The headers for a service published at {@code publicUrl}. Strict-Transport-Security only when
     * that is https: over plain http a browser ignores it, and an operator who sends it by mistake
     * from a test host would lock browsers out of that host's plain-http services for a year.
     */
    public static Map<String, String> forPublicUrl(String publicUrl) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CSP);
        if (PublicUrl.https(publicUrl)) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return Map.copyOf(headers);
    }

    /** Sets the headers on {@code response}, and {@code Cache-Control: no-store} unless the answer chose its own. */
    public static void apply(HttpServletResponse response) {
        configuredHeaders().forEach(response::setHeader);
        if (!response.containsHeader("Cache-Control")) {
            // Staff answers carry personal data (lists, CSV exports); nothing here is meant for a shared cache.
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static Map<String, String> configuredHeaders() {
        if (configured == null) {
            configured = forPublicUrl(ConfigProvider.getConfig()
                    .getOptionalValue("leads.public.url", String.class).orElse(Defaults.LEADS_PUBLIC_URL));
        }
        return configured;
    }
}
