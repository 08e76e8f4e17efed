package com.psynergybilling.leads.mail.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What becomes of the messages a node claimed and left SENDING when it stopped (killed, frozen past
 * its lease, or a round cut off by the database). Each send leaves two cheap marks: attempted, written
 * just before its SMTP transaction, and accepted, written once the server took it. Never attempted:
 * it certainly did not go, so it is queued again. Accepted: it went. Attempted and not accepted: it
 * may have gone, so it is UNKNOWN and never sent again. At most one message per sender is in that
 * last state at any moment, which is what a crash costs.
 */
public final class ClaimRecovery {

    public enum Fate { QUEUED_AGAIN, SENT, UNKNOWN }

    private ClaimRecovery() {
    }

    public static Fate of(Instant attemptedAt, Instant acceptedAt) {
        if (acceptedAt != null) {
            return Fate.SENT;
        }
        return attemptedAt == null ? Fate.QUEUED_AGAIN : Fate.UNKNOWN;
    }

    /**
     * The holders among {@code holders} whose lease lapsed: renewed before {@code now - lease}, or
     * with no lease at all (released at a clean stop, or forgotten long ago).
     */
    public static Set<String> dead(Collection<String> holders, Map<String, Instant> renewedAt, Instant now,
                                   Duration lease) {
        Instant cutoff = now.minus(lease);
        var dead = new TreeSet<String>();
        for (String holder : holders) {
            Instant renewed = renewedAt.get(holder);
            if (renewed == null || renewed.isBefore(cutoff)) {
                dead.add(holder);
            }
        }
        return dead;
    }
}
