package com.psynergybilling.leads.audit.entity;

import java.time.Instant;
import java.util.List;

/**
 * What the privacy officer asked of the log; any part may be absent. {@code subjects} are the
 * keyed hashes of one address under every key of the ring (the current one first), as entries hold
 * them; {@code beforeSeq} is where the previous page ended.
 */
public record AuditFilter(List<String> subjects, String actor, Instant since, Long beforeSeq) {

    public AuditFilter {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** A filter for one hash, as a log written under a single key knows it. */
    public AuditFilter(String subject, String actor, Instant since, Long beforeSeq) {
        this(subject == null ? List.of() : List.of(subject), actor, since, beforeSeq);
    }

    /** The hash under the current key, or null when no address was asked about. */
    public String subject() {
        return subjects.isEmpty() ? null : subjects.get(0);
    }
}
