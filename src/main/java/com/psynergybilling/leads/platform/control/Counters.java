package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;

/**
 * Fixed-window counters. While this node is its cluster's only member they live in its memory
 * ({@link LocalWindows}): a public post then pays a map update, not three entry processors. Once
 * nodes cluster they live in the container's JCache (Payara's Hazelcast), shared by every node; a
 * window starts with its first hit and expires with it, and increments run where the entry lives, so
 * concurrent hits on any node are all counted. Windows counted alone are not carried into the
 * cluster when it forms: for at most one window a limit may let a node's earlier hits go uncounted.
 */
@ApplicationScoped
public class Counters {

    private static final Logger LOG = Logger.getLogger(Counters.class.getName());

    @Inject
    CacheManager caches;

    @Inject
    Clock clock;

    @Inject
    Membership membership;

    private final Map<String, Cache<String, Window>> opened = new ConcurrentHashMap<>();
    private final LocalWindows local = new LocalWindows();
    private volatile Boolean wasShared;

    /** Counts one hit and returns the window it fell into. */
    public Window hit(String counter, Duration window, String key) {
        long now = clock.millis();
        if (!shared()) {
            return local.hit(counter, window.toMillis(), key, now);
        }
        return cache(counter, window).invoke(key, new Hit(), now, window.toMillis());
    }

    public Optional<Window> peek(String counter, Duration window, String key) {
        if (!shared()) {
            return local.peek(counter, key, clock.millis());
        }
        return Optional.ofNullable(cache(counter, window).get(key));
    }

    private boolean shared() {
        boolean shared = !membership.alone();
        if (!Boolean.valueOf(shared).equals(wasShared)) {
            wasShared = shared;
            LOG.info(shared ? "Rate limits are counted in the cluster's cache." : "Rate limits are counted on this node: it is alone.");
        }
        return shared;
    }

    private Cache<String, Window> cache(String counter, Duration window) {
        return opened.computeIfAbsent(counter, name -> {
            String cacheName = "leads-" + counter;
            var existing = caches.getCache(cacheName, String.class, Window.class);
            if (existing != null) {
                return existing;
            }
            try {
                return caches.createCache(cacheName, new MutableConfiguration<String, Window>()
                        .setTypes(String.class, Window.class)
                        .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                                new javax.cache.expiry.Duration(TimeUnit.SECONDS, window.toSeconds()))));
            } catch (javax.cache.CacheException raced) {
                return caches.getCache(cacheName, String.class, Window.class);
            }
        });
    }

    /** Hits in one window, counted from the first one's time; {@code lastAt} is the latest hit's. */
    public record Window(int count, long startedAt, long lengthMillis, long lastAt) implements Serializable {

        /** How long until this window closes; at least one second, for a Retry-After header. */
        public Duration remaining(Instant now) {
            Duration left = Duration.between(now, Instant.ofEpochMilli(startedAt + lengthMillis));
            return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
        }

        /** Refuses with 429 and Retry-After (the rest of the window) once more than {@code limit} were counted. */
        public void refuseOver(int limit, String detail, Instant now) {
            if (count > limit) {
                throw new ProblemException(new Problem("too-many-requests", "Too many requests", 429, detail),
                        remaining(now));
            }
        }
    }

    /** A named class, not a lambda: it may be shipped to the node that owns the entry. */
    static final class Hit implements EntryProcessor<String, Window, Window>, Serializable {

        @Override
        public Window process(MutableEntry<String, Window> entry, Object... arguments) {
            long now = (Long) arguments[0];
            long length = (Long) arguments[1];
            Window current = entry.getValue();
            Window next = current == null || now >= current.startedAt() + current.lengthMillis()
                    ? new Window(1, now, length, now)
                    : new Window(current.count() + 1, current.startedAt(), current.lengthMillis(), now);
            entry.setValue(next);
            return next;
        }
    }
}
