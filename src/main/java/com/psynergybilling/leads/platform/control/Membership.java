package com.psynergybilling.leads.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.cache.CacheManager;

/**
 * Whether this node is its cluster's only member, asked at most once a second. What only this node
 * changes, it may keep in its memory while alone (rate-limit windows, what the webhook endpoints
 * listen to); once it shares a cluster, another node may change the same, so it asks the shared store.
 */
@ApplicationScoped
public class Membership {

    @Inject
    CacheManager caches;

    @Inject
    Clock clock;

    private volatile ClusterSize size;

    /** True only while this node is known to be alone (an unknown cluster counts as shared). */
    public boolean alone() {
        return !size().shared();
    }

    /**
     * A number that changes whenever {@link #alone} changes its answer: a memory kept under one value
     * is stale under another (the node was clustered meanwhile, and a peer may have changed things).
     */
    public long epoch() {
        return size().changes();
    }

    private ClusterSize size() {
        ClusterSize known = size;
        if (known == null) {
            known = ClusterSize.of(caches, clock);
            size = known;
        }
        return known;
    }
}
