package com.psynergybilling.leads.webhooks.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a webhook URL may be called (no server-side request forgery): https (http only where
 * private addresses are allowed), no user info, and a host whose every resolved address is public:
 * not loopback, private, link-local (cloud metadata), unique-local, shared (100.64/10), multicast or
 * unspecified. Checked when an endpoint is registered and again at every attempt, since DNS
 * answers change: an attempt resolves once ({@link #pin}) and connects to the very address
 * checked. {@code allowPrivate} (LEADS_WEBHOOK_ALLOW_PRIVATE) is for tests and private networks.
 */
public final class AddressGuard {

    /** Resolves a host name; the real one asks DNS, a test gives its own answers. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, DNS);
    }

    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * Where an attempt connects: the addresses that were checked, in DNS's order, and the name the
     * request carries (Host header, TLS server name, certificate check), so DNS cannot change between
     * the check and the connection (no rebinding).
     */
    public record Target(boolean https, String host, int port, String authority, String pathAndQuery,
                         List<InetAddress> addresses) {

        public Target {
            addresses = List.copyOf(addresses);
        }
    }

    /** The guard's answer for one attempt: a refusal, or the one target to connect to. */
    public record Pinned(Optional<String> refusal, Target target) {

        static Pinned refused(String why) {
            return new Pinned(Optional.of(why), null);
        }
    }

    /**
     * Why {@code url} may not be called, or empty when it may. Where private addresses are allowed
     * the host need not resolve yet (registration); every attempt resolves it ({@link #pin}).
     */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = syntax(url);
        } catch (URISyntaxException e) {
            return Optional.of(e.getReason());
        }
        return allowPrivate ? Optional.empty() : pin(uri).refusal();
    }

    /**
     * Resolves the URL's host once, checks every address, and answers the addresses to connect to (all
     * DNS gave, in its order; an address literal is its own). The caller connects to those addresses
     * only, so an address reached is one that was checked.
     */
    public Pinned pin(String url) {
        try {
            return pin(syntax(url));
        } catch (URISyntaxException e) {
            return Pinned.refused(e.getReason());
        }
    }

    private Pinned pin(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            // An address literal is checked as it is (no lookup); a name, by every address DNS gives.
            addresses = literal(host) ? List.of(InetAddress.getByName(host)) : resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Pinned.refused("names a host that does not resolve");
        }
        if (addresses == null || addresses.isEmpty()) {
            return Pinned.refused("names a host that does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    return Pinned.refused("resolves to a private, loopback or link-local address");
                }
            }
        }
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String authority = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Pinned(Optional.empty(), new Target(https, host, port, authority, pathAndQuery, addresses));
    }

    /** The URL if its form may be called (scheme, no user info, a host, no fragment); the reason in the exception if not. */
    private URI syntax(String url) throws URISyntaxException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new URISyntaxException(String.valueOf(url), "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            throw new URISyntaxException(url, "must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw new URISyntaxException(url, "must not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new URISyntaxException(url, "has no host");
        }
        if (uri.getRawFragment() != null) {
            throw new URISyntaxException(url, "must not carry a fragment");
        }
        return uri;
    }

    static boolean literal(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    /** Whether {@code address} is one a request from this service may reach on the public internet. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && first != 127 && !(first == 100 && second >= 64 && second <= 127)
                    && !(first == 169 && second == 254) && first < 224
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    && !(first == 198 && (second == 18 || second == 19));
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (isMappedOrCompatibleV4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                // 6to4 (2002::/16) carries an IPv4 address in bytes 2..5
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 2, 6)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                // NAT64 64:ff9b::/96
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0;
        return mapped || compatible;
    }
}
