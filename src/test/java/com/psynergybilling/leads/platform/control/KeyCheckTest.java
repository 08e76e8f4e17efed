package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyCheckTest {

    @Test
    @DisplayName("the fingerprint recognises its key only, and neither holds nor reveals it")
    void fingerprint() {
        var fingerprint = Fingerprint.of("the-original-key");
        assertTrue(fingerprint.matches("the-original-key"));
        assertFalse(fingerprint.matches("another-key"));
        assertFalse(fingerprint.toString().contains("the-original-key"));
        assertFalse(fingerprint.toString().contains(KeyRing.of("the-original-key", null).hash("")),
                "no HMAC the service would accept");
        assertEquals(fingerprint, Fingerprint.parse(fingerprint.toString()).orElseThrow());
        assertTrue(Fingerprint.parse("garbage").isEmpty());
    }

    @Test
    @DisplayName("a first start records the key's fingerprint")
    void firstStart() {
        var recorded = KeyCheck.check(List.of(), KeyRing.of("key-1", null));
        assertEquals(1, recorded.size());
        assertTrue(recorded.get(0).matches("key-1"));
    }

    @Test
    @DisplayName("a start with a LEADS_SECRET other than the one the hashes were made with is refused, with the cause")
    void changedSecretRefused() {
        var recorded = KeyCheck.check(List.of(), KeyRing.of("key-1", null));
        var refused = assertThrows(KeyCheck.Refused.class, () -> KeyCheck.check(recorded, KeyRing.of("key-2", null)));
        assertTrue(refused.getMessage().contains("LEADS_SECRET_PREVIOUS"), refused.getMessage());
        assertTrue(refused.getMessage().contains(recorded.get(0).shortForm()));
        assertFalse(refused.getMessage().contains("key-1") || refused.getMessage().contains("key-2"), "no key in the log");
    }

    @Test
    @DisplayName("rotating: the new key with the old one as previous starts, records the new key first, keeps the old")
    void rotation() {
        var before = KeyCheck.check(List.of(), KeyRing.of("key-1", null));
        var after = KeyCheck.check(before, KeyRing.of("key-2", "key-1"));
        assertEquals(2, after.size());
        assertTrue(after.get(0).matches("key-2"));
        assertTrue(after.get(1).matches("key-1"));
        assertEquals(after, KeyCheck.check(after, KeyRing.of("key-2", "key-1")), "a restart records nothing new");
        assertThrows(KeyCheck.Refused.class, () -> KeyCheck.check(after, KeyRing.of("key-2", null)),
                "the old key cannot be dropped silently while hashes made with it may remain");
    }
}
