package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.ErrorResponses;
import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets the website's own pages ({@code LEADS_CORS_ORIGINS}) post the public forms from a browser.
 * No credentials are ever allowed cross-origin, so a foreign page can do nothing a plain form
 * could not; an origin not listed gets no CORS headers and its preflight is refused.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class Cors implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ALLOWED_HEADERS = "Content-Type, Idempotency-Key, Sec-GPC";

    @Inject
    @ConfigProperty(name = "leads.cors.origins")
    Optional<String> configured;

    @Inject
    ErrorResponses responses;

    @Context
    HttpHeaders headers;

    private volatile Set<String> origins;

    private Set<String> origins() {
        if (origins == null) {
            origins = parse(configured);
        }
        return origins;
    }

    static Set<String> parse(Optional<String> configured) {
        return configured.map(list -> Arrays.stream(list.split(",")).map(String::trim)
                .map(o -> o.replaceAll("/+$", "")).filter(o -> !o.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        boolean preflight = HttpMethod.OPTIONS.equals(request.getMethod()) && origin != null
                && request.getHeaderString("Access-Control-Request-Method") != null;
        if (!preflight) {
            return;
        }
        if (!origins().contains(origin)) {
            request.abortWith(responses.of(new Problem("origin-not-allowed", "Origin not allowed", 403,
                    "This origin may not call this service from a browser."), headers));
            return;
        }
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", "GET, POST")
                .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                .header("Access-Control-Max-Age", "600")
                .header("Vary", "Origin")
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin != null && origins().contains(origin) && !response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().add("Vary", "Origin");
        }
    }
}
