package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    @Test
    @DisplayName("new hashes use the current key; look-ups try the current key first, then the previous ones")
    void currentFirst() {
        var old = KeyRing.of("old-key", null);
        var ring = KeyRing.of("new-key", " old-key , older-key,");
        assertEquals(3, ring.size());
        assertNotEquals(old.hash("jane@example.com"), ring.hash("jane@example.com"));
        assertEquals(KeyRing.of("new-key", null).hash("jane@example.com"), ring.hash("jane@example.com"));
        List<String> hashes = ring.hashes("jane@example.com");
        assertEquals(ring.hash("jane@example.com"), hashes.get(0));
        assertEquals(old.hash("jane@example.com"), hashes.get(1), "a hash stored before the rotation is found");
    }

    @Test
    @DisplayName("a signature made with a previous key is accepted; one made with no key of the ring is not")
    void verifiesWithAnyKey() {
        var ring = KeyRing.of("new-key", "old-key");
        assertTrue(ring.verifies("unsubscribe:abc", KeyRing.of("old-key", null).hash("unsubscribe:abc")));
        assertTrue(ring.verifies("unsubscribe:abc", ring.hash("unsubscribe:abc")));
        assertFalse(ring.verifies("unsubscribe:abc", KeyRing.of("other-key", null).hash("unsubscribe:abc")));
        assertFalse(KeyRing.of("new-key", null).verifies("unsubscribe:abc", KeyRing.of("old-key", null).hash("unsubscribe:abc")),
                "once the old key leaves the ring, its links stop working");
    }

    @Test
    @DisplayName("the same key twice, or a blank entry, does not widen the ring")
    void duplicates() {
        assertEquals(1, KeyRing.of("k", "k, ,").size());
    }
}
