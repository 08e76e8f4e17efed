package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the
 * connection comes from a configured reverse proxy; otherwise anyone could pick their own address
 * and walk past every rate limit.
 */
@ApplicationScoped
public class ClientAddress {

    private final List<String> trustedProxies;

    ClientAddress() {
        this.trustedProxies = List.of();
    }

    @Inject
    public ClientAddress(@ConfigProperty(name = "leads.trusted.proxies") Optional<String> trustedProxies) {
        this.trustedProxies = trustedProxies.map(list -> Arrays.stream(list.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    public String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        // Walk from the nearest hop back; the first address that is not one of our proxies is the client.
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? peer : hop;
            }
        }
        return peer;
    }
}
