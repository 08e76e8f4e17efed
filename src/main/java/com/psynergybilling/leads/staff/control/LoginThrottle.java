package com.psynergybilling.leads.staff.control;

import com.psynergybilling.leads.platform.control.Counters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed staff logins per user name and per client address in 15-minute windows, cluster-wide.
 * Past {@code LEADS_LOGIN_FAILURES} the caller is told to come back later; no thread ever sleeps.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String COUNTER = "login-failures";

    @Inject
    Counters counters;

    @Inject
    @ConfigProperty(name = "leads.login.failures", defaultValue = "10")
    int allowedFailures;

    /** How long the caller must wait, when the user name or the address has failed too often. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = Instant.now();
        return Stream.of(userKey(username), addressKey(address))
                .flatMap(key -> key == null ? Stream.empty() : counters.peek(COUNTER, WINDOW, key).stream())
                .filter(window -> window.count() >= allowedFailures)
                .map(window -> window.remaining(now))
                .max(Duration::compareTo);
    }

    public void failed(String username, String address) {
        if (username != null) {
            counters.hit(COUNTER, WINDOW, userKey(username));
        }
        counters.hit(COUNTER, WINDOW, addressKey(address));
    }

    private static String userKey(String username) {
        return username == null ? null : "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
