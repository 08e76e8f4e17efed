package com.psynergybilling.leads.platform.control;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.cache.CacheManager;

/**
 * Whether this node shares its cache with others: the members of the Hazelcast cluster behind the
 * container's JCache, asked at most once a second (nodes join and leave). Hazelcast is not on the
 * compile path, so it is asked through its public interfaces by name; when that fails the node counts
 * as clustered, which keeps the shared (always correct) counters.
 */
final class ClusterSize {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ClusterSize.class.getName());

    private static final long RECHECK_MILLIS = 1000;

    private final Supplier<Integer> members;
    private final LongSupplier clock;
    private volatile boolean shared = true;
    private volatile long checkedAt = Long.MIN_VALUE;
    private final AtomicLong changes = new AtomicLong();

    ClusterSize(Supplier<Integer> members, LongSupplier clock) {
        this.members = members;
        this.clock = clock;
    }

    /** Without a cache manager (Payara Micro's --nohazelcast) there is no cluster: the node is alone. */
    static ClusterSize of(CacheManager caches, Clock clock) {
        return new ClusterSize(() -> caches == null ? Integer.valueOf(1) : members(caches), clock::millis);
    }

    /** True unless this node is known to be its cluster's only member. */
    boolean shared() {
        long now = clock.getAsLong();
        if (checkedAt == Long.MIN_VALUE || now - checkedAt >= RECHECK_MILLIS) {
            Integer count;
            try {
                count = members.get();
            } catch (RuntimeException unknown) {
                count = null;
            }
            boolean before = shared;
            shared = count == null || count > 1;
            if (shared != before) {
                changes.incrementAndGet();
            }
            checkedAt = now;
        }
        return shared;
    }

    /** How often {@link #shared} changed its answer: what a node kept alone may be stale once it was not. */
    long changes() {
        return changes.get();
    }

    /**
     * The members of the Hazelcast cluster: Payara binds its instance in JNDI ({@code payara/Hazelcast});
     * else through the cache manager ({@code HazelcastCacheManager.getHazelcastInstance()}). Null when
     * neither answers, and the reason is logged once.
     */
    static Integer members(CacheManager caches) {
        Object instance = null;
        Throwable failure = null;
        try {
            instance = new javax.naming.InitialContext().lookup("payara/Hazelcast");
        } catch (javax.naming.NamingException | RuntimeException | LinkageError notBound) {
            failure = notBound;
        }
        try {
            if (instance == null && caches != null) {
                Class<?> managerType = type("com.hazelcast.cache.HazelcastCacheManager", caches);
                Object manager = caches.unwrap(managerType);
                instance = managerType.getMethod("getHazelcastInstance").invoke(manager);
            }
            Object cluster = call(instance, "com.hazelcast.core.HazelcastInstance", "getCluster");
            Object set = call(cluster, "com.hazelcast.cluster.Cluster", "getMembers");
            if (set instanceof Collection<?> all) {
                return all.size();
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unknown) {
            failure = unknown;
        }
        if (!told) {
            told = true;
            LOG.info("Cannot tell this node's cluster size, so rate limits stay in the cluster's cache: " + failure);
        }
        return null;
    }

    private static volatile boolean told;

    /** Calls a method through the public interface that declares it (the implementing classes may be hidden). */
    private static Object call(Object target, String interfaceName, String method) throws ReflectiveOperationException {
        if (target == null) {
            return null;
        }
        Method declared = type(interfaceName, target).getMethod(method);
        return declared.invoke(target);
    }

    private static Class<?> type(String name, Object near) throws ClassNotFoundException {
        try {
            return Class.forName(name, false, near.getClass().getClassLoader());
        } catch (ClassNotFoundException notThere) {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        }
    }
}
