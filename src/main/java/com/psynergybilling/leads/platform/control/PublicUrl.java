package com.psynergybilling.leads.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address the service is published at ({@code LEADS_PUBLIC_URL}). Links in mail and redirects
 * are built from it, never from a request's Host header, so a forged header cannot send anyone
 * elsewhere.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "leads.public.url", defaultValue = Defaults.LEADS_PUBLIC_URL)
    String configured;

    /** The configured URL without its trailing slashes: receipts' links are made on every form. */
    private String base;

    @PostConstruct
    void trim() {
        base = configured.replaceAll("/+$", "");
    }

    /** {@code path} (a leading slash, and any query) under the public URL, whatever slashes that ends in. */
    public String of(String path) {
        return base + path;
    }

    /** Whether the service is published over HTTPS, so that its cookies can be marked Secure. */
    public boolean https() {
        return https(configured);
    }

    /** Whether {@code url} is an https one: the one rule for cookies' Secure and for Strict-Transport-Security. */
    static boolean https(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** Its origin: the scheme, host and port a browser names in an Origin header. */
    public String origin() {
        var uri = URI.create(configured);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
