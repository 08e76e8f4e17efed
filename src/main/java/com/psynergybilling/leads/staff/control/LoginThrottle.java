package com.psynergybilling.leads.staff.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed staff logins per user name and per client address in 15-minute windows, in the
 * cluster's JCache so that every node sees the same counts. Past {@code LEADS_LOGIN_FAILURES} the
 * caller is told to come back later; no thread ever sleeps.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    CacheManager caches;

    @Inject
    @ConfigProperty(name = "leads.login.failures", defaultValue = "10")
    int allowedFailures;

    private Cache<String, Window> failures;

    @PostConstruct
    void init() {
        var existing = caches.getCache("leads-login-failures", String.class, Window.class);
        failures = existing != null ? existing : caches.createCache("leads-login-failures",
                new MutableConfiguration<String, Window>()
                        .setTypes(String.class, Window.class)
                        .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                                new javax.cache.expiry.Duration(TimeUnit.SECONDS, WINDOW.toSeconds()))));
    }

    /** How long the caller must wait, when the user name or the address has failed too often. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = Instant.now();
        return laterOf(blocked(userKey(username), now), blocked(addressKey(address), now));
    }

    public void failed(String username, String address) {
        long now = System.currentTimeMillis();
        if (username != null) {
            failures.invoke(userKey(username), new CountFailure(), now);
        }
        failures.invoke(addressKey(address), new CountFailure(), now);
    }

    private Optional<Duration> blocked(String key, Instant now) {
        if (key == null) {
            return Optional.empty();
        }
        Window window = failures.get(key);
        if (window == null || window.count() < allowedFailures) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, Instant.ofEpochMilli(window.startedAt()).plus(WINDOW));
        return Optional.of(left.isNegative() ? Duration.ofSeconds(1) : left);
    }

    private static Optional<Duration> laterOf(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return username == null ? null : "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Failures in one window, from the first one's time. */
    public record Window(int count, long startedAt) implements Serializable {
    }

    /** Runs where the entry lives, so concurrent failures on any node are all counted. */
    public static final class CountFailure implements EntryProcessor<String, Window, Void>, Serializable {

        @Override
        public Void process(MutableEntry<String, Window> entry, Object... arguments) {
            long now = (Long) arguments[0];
            Window current = entry.getValue();
            entry.setValue(current == null ? new Window(1, now) : new Window(current.count() + 1, current.startedAt()));
            return null;
        }
    }
}
