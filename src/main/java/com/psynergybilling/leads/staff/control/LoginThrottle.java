package com.psynergybilling.leads.staff.control;

import com.psynergybilling.leads.platform.control.Counters.Window;
import com.psynergybilling.leads.platform.control.Counters;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.Doubling;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed staff logins, counted cluster-wide in 15-minute windows, per client address, per user name
 * and client together, and per user name alone. A client past its limit, or past its limit on one
 * user, is told to come back later. The user-wide count never locks anyone out (anyone could lock the
 * admin out by failing on purpose): past its threshold it spaces out attempts on that user, more with
 * each failure, but only for clients that have failed themselves; a clean client is always let in,
 * so the right password from an address that has not failed works during an attack. No thread ever
 * sleeps: a caller who must wait gets 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String COUNTER = "login-failures";

    @Inject
    Counters counters;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "leads.login.failures", defaultValue = Defaults.LEADS_LOGIN_FAILURES)
    int clientFailures;

    @Inject
    @ConfigProperty(name = "leads.login.user.client.failures", defaultValue = Defaults.LEADS_LOGIN_USER_CLIENT_FAILURES)
    int userClientFailures;

    @Inject
    @ConfigProperty(name = "leads.login.user.failures", defaultValue = Defaults.LEADS_LOGIN_USER_FAILURES)
    int userFailures;

    @Inject
    @ConfigProperty(name = "leads.login.max.delay.seconds", defaultValue = Defaults.LEADS_LOGIN_MAX_DELAY_SECONDS)
    long maxDelaySeconds;

    /** How long this client must wait before trying {@code username} (null for a token) again. */
    public Optional<Duration> retryAfter(String username, String client) {
        Instant now = Moments.now(clock);
        Optional<Window> fromClient = counters.peek(COUNTER, WINDOW, clientKey(client));
        if (fromClient.isEmpty()) {
            return Optional.empty();
        }
        if (fromClient.get().count() >= clientFailures) {
            return Optional.of(fromClient.get().remaining(now));
        }
        if (username == null) {
            return Optional.empty();
        }
        var pair = counters.peek(COUNTER, WINDOW, pairKey(username, client));
        if (pair.isPresent() && pair.get().count() >= userClientFailures) {
            return Optional.of(pair.get().remaining(now));
        }
        return counters.peek(COUNTER, WINDOW, userKey(username)).flatMap(user -> spacing(user, now));
    }

    public void failed(String username, String client) {
        counters.hit(COUNTER, WINDOW, clientKey(client));
        if (username != null) {
            counters.hit(COUNTER, WINDOW, pairKey(username, client));
            counters.hit(COUNTER, WINDOW, userKey(username));
        }
    }

    /**
     * Past the user-wide threshold, the least time between attempts doubles with each further failure
     * from a second, up to LEADS_LOGIN_MAX_DELAY_SECONDS: the backoff of the outboxes' retries.
     */
    Duration delay(int failures) {
        int over = failures - userFailures;
        if (over < 0) {
            return Duration.ZERO;
        }
        return Doubling.delay(Duration.ofSeconds(1), over, Duration.ofSeconds(maxDelaySeconds));
    }

    private Optional<Duration> spacing(Window user, Instant now) {
        Instant next = Instant.ofEpochMilli(user.lastAt()).plus(delay(user.count()));
        if (!now.isBefore(next)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, next);
        return Optional.of(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
    }

    private static String userKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String username, String client) {
        return "user-client:" + username.toLowerCase(Locale.ROOT) + "|" + client;
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
