package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClaimRecoveryTest {

    static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    @DisplayName("A claim never attempted goes back to the queue: it certainly was not sent")
    void neverAttemptedIsQueuedAgain() {
        assertEquals(ClaimRecovery.Fate.QUEUED_AGAIN, ClaimRecovery.of(null, null));
    }

    @Test
    @DisplayName("Attempted and not accepted is UNKNOWN: it may have gone, so it never goes again")
    void attemptedWithoutAcceptanceIsUnknown() {
        assertEquals(ClaimRecovery.Fate.UNKNOWN, ClaimRecovery.of(NOW, null));
    }

    @Test
    @DisplayName("Accepted by the server but not recorded counts as sent")
    void acceptedIsSent() {
        assertEquals(ClaimRecovery.Fate.SENT, ClaimRecovery.of(NOW.minusMillis(5), NOW));
        assertEquals(ClaimRecovery.Fate.SENT, ClaimRecovery.of(null, NOW), "acceptance wins whatever else");
    }

    @Test
    @DisplayName("A holder is dead when its lease lapsed or it has none; a fresh lease keeps its claims")
    void deadHolders() {
        var lease = Duration.ofSeconds(15);
        var renewed = Map.of("fresh", NOW.minusSeconds(3), "edge", NOW.minus(lease), "lapsed", NOW.minusSeconds(16));
        assertEquals(Set.of("lapsed", "gone"),
                ClaimRecovery.dead(List.of("fresh", "edge", "lapsed", "gone"), renewed, NOW, lease));
        assertEquals(Set.of(), ClaimRecovery.dead(List.of(), renewed, NOW, lease));
    }
}
