package com.psynergybilling.leads.audit.entity;

import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The chain's head at one moment: the last entry's number and hash. An auditor who keeps one outside
 * the database can later prove that no entry up to it was rewritten or cut off: a writer who
 * recomputes every hash after an edit still cannot make the old head's hash come out again.
 */
@Schema(name = "AuditCheckpoint")
public record AuditCheckpoint(
        @Schema(example = "1042") long seq,
        @Schema(description = "the hash of entry seq") String entryHash,
        @Schema(description = "when it was read") Instant at,
        @Schema(description = "seq and hash in one value: keep it, and pass it as checkpoint to GET /api/v1/audit/chain",
                example = "1042:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String checkpoint) {

    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,18}):([0-9a-f]{64})");

    public AuditCheckpoint(long seq, String entryHash, Instant at) {
        this(seq, entryHash, at, seq + ":" + entryHash);
    }

    /** A kept checkpoint as {@link #checkpoint} writes it; null when the value is not one. */
    public static AuditCheckpoint parse(String value) {
        var matcher = TOKEN.matcher(value == null ? "" : value.strip());
        if (!matcher.matches()) {
            return null;
        }
        return new AuditCheckpoint(Long.parseLong(matcher.group(1)), matcher.group(2), null);
    }
}
