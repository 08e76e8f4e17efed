package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClusterSizeTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void aLoneNodeCountsLocallyAndAClusterShares() {
        var members = new AtomicInteger(1);
        var size = new ClusterSize(() -> { asked.incrementAndGet(); return members.get(); }, now::get);
        assertFalse(size.shared());
        members.set(2);
        assertFalse(size.shared(), "asked again only after a second");
        now.addAndGet(1000);
        assertTrue(size.shared());
        assertTrue(asked.get() == 2);
    }

    @Test
    void eachChangeOfAnswerIsCounted() {
        var members = new AtomicInteger(1);
        var size = new ClusterSize(members::get, now::get);
        assertFalse(size.shared());
        long alone = size.changes();
        now.addAndGet(1000);
        assertFalse(size.shared());
        assertTrue(size.changes() == alone, "the same answer is no change");
        members.set(2);
        now.addAndGet(1000);
        assertTrue(size.shared());
        members.set(1);
        now.addAndGet(1000);
        assertFalse(size.shared());
        assertTrue(size.changes() == alone + 2, "clustered and alone again: what was kept alone may be stale");
    }

    @Test
    void anUnknownClusterCountsAsShared() {
        assertTrue(new ClusterSize(() -> null, now::get).shared());
        assertTrue(new ClusterSize(() -> { throw new IllegalStateException("no Hazelcast"); }, now::get).shared());
    }

    @Test
    void aCacheManagerThatIsNotHazelcastsHasNoKnownMembers() {
        assertNull(ClusterSize.members(null));
    }
}
